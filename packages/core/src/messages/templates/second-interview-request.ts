import { pick } from "../text-tools.js";
import { repairEmail } from "./repair-email.js";

/** After a sent thank-you: a strong candidate's last resort, carrying the circumstance when there is one. */
export const secondInterviewRequest = repairEmail({
  id: "second-interview-request",
  title: "Request for another interview",
  strategy: "request-second-interview",
  own: "request-second-interview",
  subject: ({ rolePhrase }, tone) =>
    pick(
      tone,
      `A request to meet again about ${rolePhrase}`,
      `Could we meet again about ${rolePhrase}?`,
    ),
});
