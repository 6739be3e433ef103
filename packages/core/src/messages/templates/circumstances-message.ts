import { pick } from "../text-tools.js";
import { repairEmail } from "./repair-email.js";

/**
 * After a sent thank-you: a serious outside distraction, told once as context and never as a plea,
 * in the person's words for the employer or our neutral line. Without a disclosed circumstance it
 * says nothing of the day and stays a short note of interest.
 */
export const circumstancesMessage = repairEmail({
  id: "circumstances-message",
  title: "Context about the day",
  strategy: "explain-circumstances",
  own: "explain-circumstances",
  subject: (_slots, tone) =>
    pick(tone, "Some context on our interview", "A little context on our interview"),
});
