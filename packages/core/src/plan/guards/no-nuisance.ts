import { followUpAlreadySent, outreachExhausted, unansweredFollowUps } from "../candidate-facts.js";
import { cite } from "../sources.js";
import type { GuardRule } from "../rule.js";

export const noNuisance: GuardRule = {
  id: "no-nuisance",
  title: "Never become a nuisance",
  summary: "No second unanswered follow-up, no repeated calls, no turning up uninvited.",
  sources: [cite("JofA", "Dennis"), cite("JofA", "Hough")],
  inForce: (_debrief, ctx) => ctx.active,
  explanation: (debrief) =>
    unansweredFollowUps(debrief).length > 0
      ? "You already followed up and nobody answered, so this plan sends nothing more: another message or call would count against you."
      : "This plan allows one polite follow-up at most. Repeated emails, calls or an unannounced visit would count against you.",
  enforce(steps, debrief) {
    if (outreachExhausted(debrief)) return steps.filter((step) => !step.outreach);
    // Never more than one follow-up after the thank-you.
    if (followUpAlreadySent(debrief))
      return steps.filter((step) => step.strategy !== "one-follow-up");
    let seen = false;
    return steps.filter((step) => {
      if (step.strategy !== "one-follow-up") return true;
      if (seen) return false;
      seen = true;
      return true;
    });
  },
};
