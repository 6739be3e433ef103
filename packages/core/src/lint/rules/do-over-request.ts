import { type LintRule, lintFacts } from "../lint-context.js";
import { matchSpans } from "../text-scan.js";

// Asking for a make-up interview: "another interview", "meet me again", "a do-over".
export const DO_OVER =
  /\b(?:(?:another|a second|a new|a make-up|a second-chance)\s+interview|(?:interview|meet)\s+(?:me|with me)\s+again|a\s+do-?over|another\s+chance\s+to\s+(?:interview|meet|show you))\b/gi;

/** A second-interview request is a last resort for a front-runner only (ADVICE.md, CR-finance 5). */
export const doOverRequest: LintRule = (text, { debrief }, facts = lintFacts(text, debrief)) => {
  const requests = matchSpans(text, DO_OVER);
  if (requests.length === 0 || facts.debrief.doOverAllowed()) return [];
  return requests.map((span) => ({
    ruleId: "do-over-request",
    guard: "no-do-over-unless-strong",
    span,
    message:
      "Asking for another interview can read as weakness unless you were clearly the front-runner.",
    suggestion:
      "Drop the request; a short call to answer their questions more fully is an easier yes.",
  }));
};
