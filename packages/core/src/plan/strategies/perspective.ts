import { worriesAreMostlyNervesOrImpressions } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

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
    const stress = worriesAreMostlyNervesOrImpressions(debrief)
      ? "What worries you most is nerves or an impression rather than a concrete mistake, and interviewers routinely make allowances for nerves."
      : "People who feel they bombed often did better than they think.";
    return makeStep(perspective, {
      window: ctx.dates.fromNow,
      channel: "self",
      rationale: `${stress} Before drawing conclusions, tell the story to a friend or colleague you trust: an outside view usually softens it.`,
    });
  },
};
