import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** Hold every outreach until a set time, and decompress first. */
export const coolOff: StrategyRule = {
  id: "cool-off",
  title: "Cool off before you contact anyone",
  summary:
    "Hold every message for a few hours to a day or two, and decompress before deciding anything.",
  sources: [cite("CR-finance", "step 1"), cite("JofA", "Blake")],
  applies: (_debrief, ctx) => ctx.coolOffUntil !== null,
  step(debrief, ctx) {
    const reason =
      debrief.feelings.rawness === "raw"
        ? "You said it still feels raw."
        : "The interview ended less than a couple of hours ago.";
    return makeStep(coolOff, {
      window: ctx.dates.coolOff,
      channel: "self",
      rationale: `${reason} Anything written now tends to sound rattled, so every message in this plan is held until the cool-off ends. Drafts can be prepared, but nothing is sent before then.`,
    });
  },
};
