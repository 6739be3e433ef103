import type { LintRule } from "../lint-context.js";
import { matchSpans, withoutOverlaps } from "../text-scan.js";

// Turning up uninvited: "I'll drop by", "stop by your office".
export const VISIT =
  /\b(?:(?:I(?:'ll| will| can| could| might| may)|let me)\s+(?:just\s+)?(?:drop|stop|pop|swing|come)\s+(?:by|in|round|over)|(?:visit|drop by|stop by|come by|turn up at|show up at)\s+(?:your|the)\s+(?:office|offices|building|reception))\b/gi;
// Chasing again and again: "I'll keep calling", "I'll call again tomorrow", "I'll email every week".
export const REPEATED =
  /\bI(?:'ll| will)\s+(?:keep\s+(?:calling|trying|emailing|following up|checking in)|call\s+(?:you\s+)?(?:again|back)\s+(?:tomorrow|every|each|daily|until)|(?:call|email|write)\s+(?:you\s+)?(?:every|each)\s+(?:day|morning|week))\b/gi;

/** No-nuisance beyond the follow-up count: no unannounced visit, no promise of repeated calls or emails. */
export const nuisanceContact: LintRule = (text) =>
  withoutOverlaps(
    [...matchSpans(text, VISIT), ...matchSpans(text, REPEATED)].sort((a, b) => a.start - b.start),
  ).map((span) => ({
    ruleId: "nuisance-contact",
    guard: "no-nuisance",
    span,
    message:
      "This reads as pressure: an unannounced visit or repeated calls and emails count against you.",
    suggestion:
      "Leave the next move to them: one polite message, and at most one follow-up, is enough.",
  }));
