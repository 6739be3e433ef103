import { cite } from "../sources.js";
import type { GuardRule } from "../rule.js";

export const noBlanketApology: GuardRule = {
  id: "no-blanket-apology",
  title: "Never apologise for the whole interview",
  summary:
    "At most one specific, one-line apology; never an apology for the interview as a whole, never a profuse one.",
  sources: [cite("Blog", "Brooks"), cite("CR-finance", "step 4")],
  inForce: (_debrief, ctx) => ctx.expectsOutreach,
  explanation: () =>
    "Your messages stay confident: they may own one specific slip in a single line, but they never apologise for the interview as a whole.",
  enforce(steps) {
    // One apology step at most: several would add up to a blanket apology.
    let seen = false;
    return steps.filter((step) => {
      if (step.strategy !== "apologize-slip") return true;
      if (seen) return false;
      seen = true;
      return true;
    });
  },
};
