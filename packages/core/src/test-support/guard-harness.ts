import type { Debrief } from "../debrief/debrief.js";
import { planContext } from "../plan/context.js";
import { GUARD_RULES } from "../plan/guards/index.js";
import type { GuardId, StrategyId } from "../plan/ids.js";
import type { Plan, Step } from "../plan/plan.js";
import type { GuardRule } from "../plan/rule.js";
import { STRATEGY_RULES } from "../plan/strategies/index.js";
import { TEST_NOW } from "./test-debrief.js";

function rule<T extends { id: string }>(rules: readonly T[], id: string): T {
  const found = rules.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`No rule ${id}.`);
  return found;
}

export const guardRule = (id: GuardId): GuardRule => rule(GUARD_RULES, id);

/**
 * The step a strategy would propose for this debrief, whether or not its rule applies. Guards are
 * a safety net behind the rules, so their tests feed them steps the rules would never propose.
 */
export function proposedStep(id: StrategyId, debrief: Debrief, now: Date = TEST_NOW): Step {
  return rule(STRATEGY_RULES, id).step(debrief, planContext(debrief, now));
}

/** Run one guard alone over proposed steps of the given strategies; the ids of what survives. */
export function enforceAlone(
  id: GuardId,
  strategies: readonly StrategyId[],
  debrief: Debrief,
  now: Date = TEST_NOW,
): StrategyId[] {
  const steps = strategies.map((strategy) => proposedStep(strategy, debrief, now));
  return guardRule(id)
    .enforce(steps, debrief, planContext(debrief, now))
    .map((step) => step.strategy);
}

/** Whether a guard is listed among the plan's guards in force. */
export const inForce = (plan: Plan, id: GuardId): boolean =>
  plan.guards.some((guard) => guard.id === id);

/** A guard's explanation for a debrief and steps, in the context a plan chosen at `now` gives it. */
export function explanationOf(
  id: GuardId,
  debrief: Debrief,
  steps: readonly Step[] = [],
  now: Date = TEST_NOW,
): string {
  return guardRule(id).explanation(debrief, steps, planContext(debrief, now));
}
