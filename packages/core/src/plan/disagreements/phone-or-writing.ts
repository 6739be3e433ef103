import type { DisagreementRule } from "../rule.js";

/** Blake: pick up the phone. Dennis: one written email. Hough: email and handwritten notes both work. */
export const phoneOrWriting: DisagreementRule = {
  id: "phone-or-writing",
  applies: (_debrief, _ctx, steps) =>
    steps.some((step) => step.strategy === "request-call" || step.strategy === "phone-call"),
  build(_debrief, _ctx, steps) {
    const phone = steps.some((step) => step.strategy === "phone-call");
    // Once the thank-you has gone, the request travels in the one short email still to send.
    const thankYouToCome = steps.some((step) => step.strategy === "thank-you-email");
    return {
      id: "phone-or-writing",
      topic: "Call them, or write?",
      sides: [
        {
          expert: "Tori Blake",
          source: "JofA",
          position:
            "Call the interviewer once you've thought it over and say honestly that it went badly.",
        },
        {
          expert: "Diane Dennis",
          source: "JofA",
          position:
            "Prefer one well-worded email asking for a short call; people answer writing more readily.",
        },
        {
          expert: "Jennifer Hough",
          source: "JofA",
          position: "Email and handwritten notes are both good ways to follow up.",
        },
      ],
      pick: phone
        ? "Call them after your thank-you: the call takes the place of a written request, never both."
        : `Ask for a short call in one line of ${thankYouToCome ? "your thank-you" : "your next email"}.`,
      why: phone
        ? "You said you are comfortable on the phone, so Blake's direct call is open to you; doing both would feel like pressure."
        : "You didn't say you are comfortable on the phone, and a written request lets them answer when it suits them.",
    };
  },
};
