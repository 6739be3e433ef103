import type { Debrief } from "../../debrief/debrief.js";
import { isRejected, suitsHandwrittenNote } from "../candidate-facts.js";
import type { Step } from "../plan.js";
import type { GuardRule } from "../rule.js";
import { cite } from "../sources.js";

const has = (steps: readonly Step[], strategy: string): boolean =>
  steps.some((step) => step.strategy === strategy);

/**
 * One request for more contact in the whole kit. A second interview, asked for only by a
 * front-runner with little left to lose, is that request when the plan makes it (the case the
 * experts name it for); a phone call takes the place of a written request for a call.
 */
function withOneRequest(steps: readonly Step[]): Step[] {
  if (has(steps, "request-second-interview"))
    return steps.filter(
      (step) => step.strategy !== "request-call" && step.strategy !== "phone-call",
    );
  if (has(steps, "phone-call")) return steps.filter((step) => step.strategy !== "request-call");
  return [...steps];
}

function requestWords(steps: readonly Step[]): string {
  if (has(steps, "request-second-interview"))
    return " It asks for one thing only, as a last resort: another interview.";
  if (has(steps, "phone-call"))
    return " Your phone call takes the place of a written request for one.";
  if (has(steps, "request-call")) return " It asks for one thing only: a short call.";
  return "";
}

function explanation(debrief: Debrief, steps: readonly Step[]): string {
  const name = debrief.organisation.name;
  const note =
    has(steps, "handwritten-note") || (isRejected(debrief) && suitsHandwrittenNote(debrief));
  const andNote = note ? ", plus one handwritten note" : "";
  if (isRejected(debrief)) {
    return `After a no, ${name} hears from you once: a gracious reply${has(steps, "request-feedback") ? " with your one question about next time inside it" : ""}${andNote}. Nothing more, except a friendly hello a month or so on if you want to stay in touch.`;
  }
  if (has(steps, "thank-you-email")) {
    return `Before any follow-up, ${name} hears from you once by email${andNote}: everything your thank-you needs to say is in it, each thing said once.${requestWords(steps)}`;
  }
  return `Your thank-you has gone, so ${name} hears from you at most once more before any follow-up: one short email with what is left to say, said once.${requestWords(steps)}`;
}

export const contactBudget: GuardRule = {
  id: "contact-budget",
  title: "One message, one request, each thing said once",
  summary:
    "Before any follow-up the employer receives one email (plus a handwritten note where it suits); the kit asks for one thing at most, a call or a second interview, never both; nothing is said twice.",
  sources: [
    cite("JofA", "Dennis"),
    cite("JofA", "Hough"),
    cite("Blog", "Brooks"),
    cite("LaReau", "when you receive the news"),
  ],
  inForce: (_debrief, ctx) => ctx.expectsOutreach,
  explanation,
  enforce: (steps) => withOneRequest(steps),
};
