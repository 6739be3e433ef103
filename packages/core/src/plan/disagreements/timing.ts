import type { Debrief } from "../../debrief/debrief.js";
import type { DisagreementRule } from "../rule.js";

/** Why the pick suits how the person said they feel; "Don't know" is no claim either way. */
const WHY: Record<Debrief["feelings"]["rawness"], string> = {
  raw: "You said it still feels raw; Clarity's longer timeout protects you from sending something you'd regret.",
  uneasy:
    "You feel uneasy rather than raw, so once the first few hours have passed you can act on Blake's advice.",
  calm: "You said you feel calm, so once the first couple of hours have passed you can act on Blake's advice.",
  unknown:
    "You weren't sure how you feel yet, so the plan waits a few hours before you act on Blake's advice; if it turns out to feel raw, give it a day.",
};

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
      why: WHY[debrief.feelings.rawness],
    };
  },
};
