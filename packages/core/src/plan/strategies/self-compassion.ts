import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** Forgive yourself; one outcome does not define you. */
export const selfCompassion: StrategyRule = {
  id: "self-compassion",
  title: "Go easy on yourself",
  summary:
    "Forgive yourself: one interview says nothing about your worth or your next one. Try not to replay it.",
  sources: [
    cite("CR-finance", "step 6"),
    cite("CR-accounting", "step 1"),
    cite("Blog", "Stewart"),
    cite("LaReau", "after the news"),
  ],
  applies: () => true,
  step(debrief, ctx) {
    const rejected = debrief.candidacy.status === "rejected";
    return makeStep(selfCompassion, {
      window: ctx.dates.fromNow,
      channel: "self",
      rationale: rejected
        ? "A no hurts, and it is one decision by one employer on one day. It says nothing about what you are worth or how your next interview will go. When you catch yourself replaying it, turn back to what you will do next."
        : "Whatever happens with this application, one interview does not measure you. Replaying the worst moments doesn't change them; noting the lesson and letting the rest go does more good.",
    });
  },
};
