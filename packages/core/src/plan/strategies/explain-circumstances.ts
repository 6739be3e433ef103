import { hasDisclosedCircumstance } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** Explain a serious outside distraction, without turning it into an excuse. */
export const explainCircumstances: StrategyRule = {
  id: "explain-circumstances",
  title: "Explain what was going on, briefly",
  summary:
    "A few plain words, in your thank-you or on your call, about a serious outside distraction you are willing to share: context, not an excuse, and said once.",
  sources: [cite("Blog", "Canchola"), cite("CR-finance", "step 5")],
  // Only while a candidate: after a no, explaining no longer changes anything.
  applies: (debrief, ctx) => ctx.active && hasDisclosedCircumstance(debrief),
  step(_debrief, ctx) {
    return makeStep(explainCircumstances, {
      window: ctx.dates.thankYou,
      channel: "email",
      rationale:
        "You were dealing with something serious and are willing to say so. Said once, briefly and without asking for sympathy, it gives them context for the interview; it is not an excuse, so keep the focus on what you can do for them. What you wrote about it stays private: the message uses a neutral line, or the words you wrote for them to read.",
    });
  },
};
