import { pick } from "../text-tools.js";
import { repairEmail } from "./repair-email.js";

/** After a sent thank-you: the one email left, asking for about ten minutes to answer better. */
export const callRequest = repairEmail({
  id: "call-request",
  title: "Request for a short call",
  strategy: "request-call",
  own: "request-call",
  subject: ({ rolePhrase }, tone) =>
    pick(
      tone,
      `A request for a short call about ${rolePhrase}`,
      `A quick call about ${rolePhrase}?`,
    ),
});
