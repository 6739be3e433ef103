import type { GuardRule } from "../rule.js";
import { contactBudget } from "./contact-budget.js";
import { noBlanketApology } from "./no-blanket-apology.js";
import { noDoOverUnlessStrong } from "./no-do-over-unless-strong.js";
import { noEarlyFeedbackAsk } from "./no-early-feedback-ask.js";
import { noExcuses } from "./no-excuses.js";
import { noHotSends } from "./no-hot-sends.js";
import { noNuisance } from "./no-nuisance.js";
import { noRepeatApology } from "./no-repeat-apology.js";
import { noUnnoticedMistakes } from "./no-unnoticed-mistakes.js";

/**
 * Every guard of ADVICE.md, in the order they run. Removal guards run first; no-hot-sends runs last
 * so it dates whatever outreach survives.
 */
export const GUARD_RULES: readonly GuardRule[] = [
  noUnnoticedMistakes,
  noBlanketApology,
  noExcuses,
  noNuisance,
  noEarlyFeedbackAsk,
  noRepeatApology,
  noDoOverUnlessStrong,
  contactBudget,
  noHotSends,
];
