import type { DisagreementRule } from "../rule.js";
import { anotherChance } from "./another-chance.js";
import { feedback } from "./feedback.js";
import { lightExcuse } from "./light-excuse.js";
import { phoneOrWriting } from "./phone-or-writing.js";
import { timing } from "./timing.js";

/** Where the experts disagree, in DisagreementIdSchema order. */
export const DISAGREEMENT_RULES: readonly DisagreementRule[] = [
  phoneOrWriting,
  feedback,
  anotherChance,
  lightExcuse,
  timing,
];
