import { hasDisclosedCircumstance } from "../candidate-facts.js";
import { cite } from "../sources.js";
import type { GuardRule } from "../rule.js";

export const noExcuses: GuardRule = {
  id: "no-excuses",
  title: "No excuses",
  summary:
    "Messages make no excuses; a real extenuating circumstance you choose to share is context, not an excuse.",
  sources: [cite("JofA", "Hickman"), cite("CR-finance", "step 4"), cite("CR-accounting", "step 2")],
  inForce: (_debrief, ctx) => ctx.expectsOutreach,
  explanation: (debrief) =>
    hasDisclosedCircumstance(debrief)
      ? "Your messages make no excuses. The circumstance you chose to share is told once, plainly, as context rather than as a reason to forgive the interview."
      : "Your messages make no excuses: they own what happened and point to what you offer.",
  // Only a circumstance the person chose to disclose may be explained.
  enforce: (steps, debrief) =>
    hasDisclosedCircumstance(debrief)
      ? [...steps]
      : steps.filter((step) => step.strategy !== "explain-circumstances"),
};
