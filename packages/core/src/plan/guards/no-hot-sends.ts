import type { Step } from "../plan.js";
import { cite } from "../sources.js";
import type { GuardRule } from "../rule.js";

/** Move an outreach window so it starts no earlier than `from`, keeping its length. */
function notBefore(step: Step, from: Date): Step {
  const earliest = Date.parse(step.window.earliest);
  if (!step.outreach || earliest >= from.getTime()) return step;
  const shift = from.getTime() - earliest;
  const latest =
    step.window.latest === null
      ? null
      : new Date(Date.parse(step.window.latest) + shift).toISOString();
  return { ...step, window: { earliest: from.toISOString(), latest } };
}

export const noHotSends: GuardRule = {
  id: "no-hot-sends",
  title: "Nothing goes out during the cool-off",
  summary: "No message, note or call while the cool-off lasts; drafts wait until it ends.",
  sources: [cite("CR-finance", "step 1")],
  inForce: (_debrief, ctx) => ctx.coolOffUntil !== null,
  explanation: () =>
    "Every message and call in this plan starts only after your cool-off ends, so nothing is sent in the heat of the moment.",
  enforce(steps, _debrief, ctx) {
    const until = ctx.coolOffUntil;
    return until === null ? [...steps] : steps.map((step) => notBefore(step, until));
  },
};
