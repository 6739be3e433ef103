// The strategy chooser: debrief + now → dated recovery plan.
export * from "./choose-plan.js";
export * from "./progress.js";
export * from "./catalogue.js";
export * from "./candidate-facts.js";
export * from "./sources.js";
export {
  coolOffEnd,
  needsCoolOff,
  planDates,
  type PlanDates,
  MAX_COOL_OFF_MS,
  FRESH_INTERVIEW_MS,
  LAST_MINUTE_MS,
  HOUR_MS,
  DAY_MS,
} from "./dating.js";
export type { PlanContext } from "./context.js";
export type { DisagreementRule, GuardRule, StrategyRule } from "./rule.js";
export { STRATEGY_RULES } from "./strategies/index.js";
export { GUARD_RULES } from "./guards/index.js";
export { DISAGREEMENT_RULES } from "./disagreements/index.js";
