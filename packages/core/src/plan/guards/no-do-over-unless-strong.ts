import { isStrongCandidate } from "../candidate-facts.js";
import { cite } from "../sources.js";
import type { GuardRule } from "../rule.js";

export const noDoOverUnlessStrong: GuardRule = {
  id: "no-do-over-unless-strong",
  title: "No do-over request unless you were a strong candidate",
  summary:
    "A second interview is asked for only by a strong candidate the employer was leaning toward.",
  sources: [cite("CR-finance", "step 5")],
  inForce: (debrief, ctx) => ctx.active && !isStrongCandidate(debrief),
  explanation: (_debrief, _steps, ctx) =>
    ctx.thankYouGone
      ? "Asking for another interview can look like weakness unless you were clearly a front-runner, so this plan leaves it out and lets the thank-you you already sent do that work."
      : "Asking for another interview can look like weakness unless you were clearly a front-runner, so this plan leaves it out and relies on a well-judged thank-you instead.",
  enforce: (steps, debrief) =>
    isStrongCandidate(debrief)
      ? [...steps]
      : steps.filter((step) => step.strategy !== "request-second-interview"),
};
