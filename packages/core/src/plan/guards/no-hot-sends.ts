import type { Step } from "../plan.js";
import { cite } from "../sources.js";
import type { GuardRule } from "../rule.js";
import { isoUtc } from "../../time/iso-utc.js";
import { parseIso } from "../../time/parse-iso.js";

/** Move an outreach window so it starts no earlier than `from`, keeping its length. */
function notBefore(step: Step, from: Date): Step {
  if (!step.outreach) return step; // self-work may start during the cool-off: no date to read
  const earliest = parseIso(step.window.earliest);
  if (earliest >= from.getTime()) return step;
  const shift = from.getTime() - earliest;
  const latest = step.window.latest === null ? null : isoUtc(parseIso(step.window.latest) + shift);
  return { ...step, window: { earliest: isoUtc(from.getTime()), latest } };
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
