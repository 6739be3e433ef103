import { followUpAlreadySent, outreachExhausted } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** At most one polite follow-up after the thank-you. */
export const oneFollowUp: StrategyRule = {
  id: "one-follow-up",
  title: "One polite follow-up, then let it rest",
  summary:
    "At most one courteous follow-up about a week after the thank-you; if nobody answers, move on. Never repeated emails or calls, never an unannounced visit.",
  sources: [cite("JofA", "Dennis"), cite("JofA", "Hough")],
  // The thank-you may be recorded already; a follow-up after it may not. An answer makes "have
  // you heard anything?" pointless, unless the follow-up was the message they answered.
  applies: (debrief, ctx) =>
    ctx.active &&
    !outreachExhausted(debrief) &&
    !followUpAlreadySent(debrief) &&
    (!ctx.heardBack || ctx.done.has("one-follow-up")),
  step(_debrief, ctx) {
    return makeStep(oneFollowUp, {
      window: ctx.dates.followUp,
      channel: "email",
      templates: ["follow-up"],
      rationale:
        "If you have heard nothing about a week after your thank-you, one short, friendly check-in is fine. It is the last message in this plan: if that goes unanswered too, the kind thing for you and for them is to move on.",
    });
  },
};
