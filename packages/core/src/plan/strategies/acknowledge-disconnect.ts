import { disconnectSlips } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** Own the gap between your answers and what they were looking for, without blame. */
export const acknowledgeDisconnect: StrategyRule = {
  id: "acknowledge-disconnect",
  title: "Own the gap between your answers and what they needed",
  summary:
    "Name the disconnect (or the question you misread), take responsibility without blaming anyone, say you can do better and restate your sincere interest.",
  sources: [cite("CR-accounting", "steps 2-3"), cite("Blog", "Canchola"), cite("JofA", "Dennis")],
  applies: (debrief, ctx) => ctx.active && disconnectSlips(debrief).length > 0,
  step(debrief, ctx) {
    const misread = disconnectSlips(debrief).some((slip) => slip.kind === "misunderstood-question");
    const gap = misread ? "you misunderstood a question" : "an answer missed what they were after";
    const values =
      debrief.organisation.values.length > 0
        ? " and tie your interest to the values you admire there"
        : "";
    return makeStep(acknowledgeDisconnect, {
      window: ctx.thankYouSent ? ctx.dates.afterThankYou : ctx.dates.thankYou,
      channel: "email",
      rationale: `The interviewer surely noticed that ${gap}. Owning it plainly, without excuses, reads as maturity; say you can do better${values}. ${ctx.thankYouSent ? "Your thank-you already went out, so it goes in one short email with anything else still to say." : "It is a short section of the thank-you, not a separate message."}`,
    });
  },
};
