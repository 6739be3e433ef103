import { hasDisclosedCircumstance, isStrongCandidate } from "../candidate-facts.js";
import { cite } from "../sources.js";
import { makeStep, type StrategyRule } from "../rule.js";

/** A make-up interview: a last resort for a strong candidate with little left to lose. */
export const requestSecondInterview: StrategyRule = {
  id: "request-second-interview",
  title: "As a last resort, ask for another interview",
  summary:
    "Ask for a make-up interview, briefly saying what went wrong and how much you want the job. Expect a no; only for a strong candidate with nothing to lose.",
  sources: [cite("CR-finance", "step 5"), cite("JofA", "Hickman")],
  applies: (debrief, ctx) =>
    ctx.active &&
    isStrongCandidate(debrief) &&
    debrief.standing.wantJob !== "not-really" &&
    (debrief.interview.severity === "severe" || hasDisclosedCircumstance(debrief)),
  step(debrief, ctx) {
    const why = hasDisclosedCircumstance(debrief)
      ? "and something serious was going on that day"
      : "and the interview went so badly there is little left to lose";
    return makeStep(requestSecondInterview, {
      window: ctx.dates.secondInterview,
      channel: "email",
      rationale: `You were a strong candidate and the employer was leaning your way, ${why}. A short request for another conversation is a fair last resort and the one thing your messages ask for; expect a polite no, since some employers read it as weakness.`,
    });
  },
};
