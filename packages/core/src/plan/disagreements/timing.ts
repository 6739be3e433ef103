import type { DisagreementRule } from "../rule.js";

/** Clarity: wait hours to a day or two. Blake: call as soon as you have thought it over. */
export const timing: DisagreementRule = {
  id: "timing",
  applies: (_debrief, ctx, steps) =>
    ctx.coolOffUntil !== null && steps.some((step) => step.outreach),
  build(debrief) {
    const raw = debrief.feelings.rawness === "raw";
    return {
      id: "timing",
      topic: "How soon to reach out?",
      sides: [
        {
          expert: "Clarity Recruitment",
          source: "CR-finance",
          position: "Take a timeout first: wait a few hours to a day or two before doing anything.",
        },
        {
          expert: "Tori Blake",
          source: "JofA",
          position: "Call back as soon as you've given it some thought.",
        },
      ],
      pick: raw
        ? "Wait about a day before any outreach."
        : "A short pause of a few hours, then act.",
      why: raw
        ? "You said it still feels raw; Clarity's longer timeout protects you from sending something you'd regret."
        : "You aren't feeling raw, so once the first couple of hours have passed you can act on Blake's advice.",
    };
  },
};
