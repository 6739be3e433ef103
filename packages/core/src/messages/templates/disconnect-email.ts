import { pick } from "../text-tools.js";
import { repairEmail } from "./repair-email.js";

/** After a sent thank-you: own the gap between the answers and what they needed, then restate interest. */
export const disconnectEmail = repairEmail({
  id: "disconnect-email",
  title: "Owning the disconnect",
  strategy: "acknowledge-disconnect",
  own: "acknowledge-disconnect",
  subject: (_slots, tone) =>
    pick(tone, "A further thought on our interview", "One more thought after our conversation"),
});
