import type { LintRule } from "../lint-context.js";
import { matchSpans } from "../text-scan.js";

/**
 * Blaming or putting yourself down ("so stupid of me", "I blew it", "I'm an idiot"): on any text,
 * generated or typed. No reader is reassured by it, and the experts' advice is to own one specific
 * slip plainly and forgive yourself the rest (ADVICE.md `self-compassion`, "The person's words stay
 * theirs").
 */
export const SELF_BLAME = new RegExp(
  [
    String.raw`\b(?:(?:so|how|really|very|too)\s+)?(?:stupid|dumb|idiotic|silly|careless|foolish)\s+of\s+me`,
    String.raw`\bmy\s+(?:own\s+)?(?:fault|stupidity|incompetence)`,
    String.raw`\bI(?:'m| am|'ve been| have been| was| felt| feel| looked)\s+(?:like\s+)?(?:so\s+|such\s+|really\s+|completely\s+|totally\s+|utterly\s+)?(?:an?\s+)?(?:complete\s+|total\s+|absolute\s+|utter\s+)?(?:stupid|dumb|useless|idiot|pathetic|hopeless|worthless|fool|failure|disaster|mess|embarrassment|incompetent|moron|clown|joke|wreck|loser)\b`,
    String.raw`\bI\s+(?:totally\s+|completely\s+|really\s+|just\s+)?(?:blew\s+it|bombed|choked|messed\s+(?:it\s+|everything\s+|things\s+)?up|screwed\s+(?:it\s+|everything\s+|things\s+)?up|ruined\s+(?:it|everything)|made\s+a\s+(?:complete\s+|total\s+)?(?:fool|mess)\s+of\s+(?:myself|it)|embarrassed\s+myself|humiliated\s+myself)\b`,
    String.raw`\bwhat\s+an\s+idiot\b`,
    String.raw`\bI\s+(?:hate|can'?t\s+forgive)\s+myself\b`,
    String.raw`\b(?:kicking|beating)\s+myself(?:\s+up)?\b`,
  ].join("|"),
  "gi",
);

export const selfBlame: LintRule = (text) =>
  matchSpans(text, SELF_BLAME).map((span) => ({
    ruleId: "self-blame",
    span,
    message: "This blames or puts yourself down.",
    suggestion:
      "Leave the judgement out: name the one specific slip plainly, or simply say what you offer.",
  }));
