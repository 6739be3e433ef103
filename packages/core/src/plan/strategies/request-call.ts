import { wentNoticeablyBadly } from "../candidate-facts.js";
import type { Debrief } from "../../debrief/debrief.js";
import type { PlanContext } from "../context.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** Still a candidate, believes in the fit, and it went noticeably badly: a second conversation is worth asking for. */
export function wantsSecondConversation(debrief: Debrief, ctx: PlanContext): boolean {
  return ctx.active && debrief.standing.believesFit === "yes" && wentNoticeablyBadly(debrief);
}

/** Ask in writing for a short call to answer their questions more fully. */
export const requestCall: StrategyRule = {
  id: "request-call",
  title: "Ask for a ten-minute call",
  summary:
    "One line in your thank-you asking for a short call to answer their questions more fully and show the fit you believe in.",
  sources: [cite("JofA", "Dennis"), cite("JofA", "Hickman")],
  applies: wantsSecondConversation,
  step(_debrief, ctx) {
    return makeStep(requestCall, {
      window: ctx.dates.afterThankYou,
      channel: "email",
      rationale:
        "The interview went noticeably badly, but you believe you fit the role. A short, specific request for about ten minutes to answer their questions better is easy to say yes to and shows you care about getting it right. It is one line of the email that thanks them, not a message of its own.",
    });
  },
};
