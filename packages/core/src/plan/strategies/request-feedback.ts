import { feedbackWorthAsking, isEarlyCareer, isRejected } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** Once out of the running, ask what would strengthen a future interview or your qualifications. */
export const requestFeedback: StrategyRule = {
  id: "request-feedback",
  title: "Ask what would make you stronger next time",
  summary:
    "Once you are out of the running, ask what would strengthen a future interview or your qualifications (not culture fit); only from a trusted source or early in a career.",
  sources: [cite("JofA", "Blake"), cite("JofA", "Dennis"), cite("LaReau", "feedback")],
  applies: (debrief) => isRejected(debrief) && feedbackWorthAsking(debrief),
  step(debrief, ctx) {
    const why = isEarlyCareer(debrief)
      ? "You are early in your career, when honest pointers are most useful and people are most willing to give them."
      : "You trust this source to answer honestly rather than with a safe, invented reason.";
    return makeStep(requestFeedback, {
      window: ctx.dates.feedback,
      channel: "email",
      rationale: `You are no longer a candidate, so asking can't hurt your chances. ${why} It is one question inside your gracious reply, about skills and qualifications you can work on, not about fit.`,
    });
  },
};
