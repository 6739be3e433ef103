import { greeting, signOff } from "../letter-parts.js";
import type { Slots } from "../slots.js";
import { defineTemplate } from "../template-definition.js";
import { pick } from "../text-tools.js";

/** Once out of the running: one question about skills and qualifications, never about fit. */
export const feedbackRequest = defineTemplate({
  id: "feedback-request",
  title: "Request for feedback",
  channel: "email",
  strategy: "request-feedback",
  render: (
    slots: Pick<Slots, "recipients" | "addressees" | "rolePhrase" | "company" | "candidateName">,
    { tone },
  ) => ({
    to: slots.recipients,
    subject: pick(tone, "A request for your advice", "Could I ask your advice?"),
    separator: "\n\n",
    parts: [
      greeting(slots.addressees, tone),
      {
        text: pick(
          tone,
          `Thank you again for considering me for ${slots.rolePhrase} at ${slots.company}.`,
          `Thanks again for considering me for ${slots.rolePhrase} at ${slots.company}.`,
        ),
      },
      {
        text: pick(
          tone,
          "As I prepare for future interviews, I would value your view on one question: what would have made my interview, or my qualifications, stronger for a role like this?",
          "As I get ready for future interviews, I'd really value your view on one question: what would have made my interview, or my qualifications, stronger for a role like this?",
        ),
      },
      {
        text: pick(
          tone,
          "Even a line or two would help, and I will understand completely if you are not able to reply.",
          "Even a line or two would help, and I'll completely understand if you can't reply.",
        ),
      },
      {
        text: pick(
          tone,
          "Thank you for your time and for a well-run process.",
          "Thanks for your time, and for a well-run process.",
        ),
        drop: 5,
      },
      signOff(tone, slots.candidateName),
    ],
  }),
});
