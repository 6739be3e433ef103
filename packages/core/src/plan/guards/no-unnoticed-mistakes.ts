import { possiblyUnnoticedSlips, slipToApologiseFor } from "../candidate-facts.js";
import { cite } from "../sources.js";
import type { GuardRule } from "../rule.js";
import { withoutSlipSteps } from "./slip-steps.js";

export const noUnnoticedMistakes: GuardRule = {
  id: "no-unnoticed-mistakes",
  title: "Never point out a slip they may not have noticed",
  summary: "A message mentions a slip-up only when the interviewer certainly noticed it.",
  sources: [cite("CR-finance", "step 4"), cite("Blog", "Brooks")],
  inForce: (debrief, ctx) => ctx.expectsOutreach && possiblyUnnoticedSlips(debrief).length > 0,
  explanation: (debrief) => {
    const count = possiblyUnnoticedSlips(debrief).length;
    return `${count === 1 ? "One slip" : `${count} slips`} you listed may have gone unnoticed, so no message mentions ${count === 1 ? "it" : "them"}: drawing attention to it would only plant the doubt.`;
  },
  enforce: (steps, debrief) =>
    withoutSlipSteps(steps, debrief, slipToApologiseFor(debrief) !== undefined),
};
