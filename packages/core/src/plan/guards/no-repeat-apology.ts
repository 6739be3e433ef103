import { apologisedSlips, slipToApologiseFor } from "../candidate-facts.js";
import { cite } from "../sources.js";
import type { GuardRule } from "../rule.js";
import { withoutSlipSteps } from "./slip-steps.js";

export const noRepeatApology: GuardRule = {
  id: "no-repeat-apology",
  title: "Never repeat an apology already made",
  summary: "A slip you apologised for in person is not apologised for again in writing.",
  sources: [cite("Blog", "Brooks")],
  inForce: (debrief, ctx) => ctx.expectsOutreach && apologisedSlips(debrief).length > 0,
  explanation: () =>
    "You already apologised in person for a slip, and that settled it. Bringing it up again would make it bigger than it was, so the messages leave it out.",
  enforce: (steps, debrief) =>
    withoutSlipSteps(steps, debrief, slipToApologiseFor(debrief) !== undefined),
};
