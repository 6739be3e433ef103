import { feedbackWorthAsking, isEarlyCareer } from "../candidate-facts.js";
import type { DisagreementRule } from "../rule.js";

/** Blake and Dennis accept a feedback ask once out of the running; LaReau usually advises against it. */
export const feedback: DisagreementRule = {
  id: "feedback",
  applies: (debrief) => debrief.candidacy.status === "rejected",
  build(debrief) {
    const ask = feedbackWorthAsking(debrief);
    return {
      id: "feedback",
      topic: "Should you ask why you didn't get it?",
      sides: [
        {
          expert: "Tori Blake and Diane Dennis",
          source: "JofA",
          position:
            "Once you are out of the running, asking how to do better is fine, as long as it is about qualifications rather than fit.",
        },
        {
          expert: "Marcia LaReau",
          source: "LaReau",
          position:
            "Usually don't: employers worry about legal risk and may give a made-up reason, unless the source is trusted or you are early in your career.",
        },
      ],
      pick: ask
        ? "Ask, once, about what would strengthen you."
        : "Don't ask; take your own lessons instead.",
      why: ask
        ? isEarlyCareer(debrief)
          ? "You are in the first five years of your career, the case where even LaReau sees the value."
          : "You trust the source to answer honestly, which answers LaReau's concern."
        : "Neither a trusted source nor an early career applies, so LaReau's caution wins.",
    };
  },
};
