import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";
import { wantsSecondConversation } from "./request-call.js";

/** Call the interviewer directly: offered only as an alternative to the written call request. */
export const phoneCall: StrategyRule = {
  id: "phone-call",
  title: "Call them yourself",
  summary:
    "Pick up the phone, say honestly that it didn't go well and make the case for your fit, from talking points rather than a script read aloud.",
  sources: [cite("JofA", "Blake")],
  applies: (debrief, ctx) =>
    wantsSecondConversation(debrief, ctx) && debrief.career.comfortableOnPhone === "yes",
  step(_debrief, ctx) {
    return makeStep(phoneCall, {
      window: ctx.dates.afterThankYou,
      channel: "phone",
      templates: ["phone-talking-points"],
      alternativeTo: "request-call",
      rationale:
        "You are comfortable on the phone, so instead of asking for a call in writing you simply call once you've thought it over, after your thank-you has gone. The call takes the place of the written request, never both: two approaches read as pressure.",
    });
  },
};
