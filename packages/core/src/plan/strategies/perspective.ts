import type { Debrief } from "../../debrief/debrief.js";
import { worriesAreMostlyNervesOrImpressions } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** What to keep in mind first, true for where things stand: a no is not "you did better than you think". */
function firstThought(debrief: Debrief): string {
  switch (debrief.candidacy.status) {
    case "rejected":
      return "A no is one employer's decision about one shortlist on one day, not a verdict on what you can do.";
    case "offer":
      return "The offer shows they saw more in you than you felt in the room.";
    case "waiting":
    case "unknown":
      return worriesAreMostlyNervesOrImpressions(debrief)
        ? "What worries you most is nerves or an impression rather than a concrete mistake, and interviewers routinely make allowances for nerves."
        : "People who feel they bombed often did better than they think.";
  }
}

/** Don't assume the worst; talk it through with someone you trust. */
export const perspective: StrategyRule = {
  id: "perspective",
  title: "Keep it in perspective",
  summary:
    "Interviewers expect nerves and often see more good than you felt; talk it over with a trusted friend or colleague before assuming the worst.",
  sources: [
    cite("JofA", "Dennis"),
    cite("JofA", "Hickman"),
    cite("CR-finance", "steps 1-2"),
    cite("Blog", "Brooks"),
  ],
  applies: () => true,
  step(debrief, ctx) {
    return makeStep(perspective, {
      window: ctx.dates.fromNow,
      channel: "self",
      rationale: `${firstThought(debrief)} Before drawing conclusions, tell the story to a friend or colleague you trust: an outside view usually softens it.`,
    });
  },
};
