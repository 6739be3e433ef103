import { cite } from "../sources.js";
import type { GuardRule } from "../rule.js";

export const noEarlyFeedbackAsk: GuardRule = {
  id: "no-early-feedback-ask",
  title: "No feedback request while still a candidate",
  summary: "Ask for feedback only once you are certainly out of the running.",
  sources: [cite("JofA", "Blake")],
  inForce: (_debrief, ctx) => ctx.active,
  explanation: () =>
    "You are still a candidate, so the plan does not ask for feedback: it can read as conceding. If a no arrives, update your status and the plan will reconsider.",
  enforce: (steps, debrief) =>
    debrief.candidacy.status === "rejected"
      ? [...steps]
      : steps.filter((step) => step.strategy !== "request-feedback"),
};
