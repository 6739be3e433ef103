import type { Debrief } from "../debrief/debrief.js";
import { isoUtc } from "../time/iso-utc.js";
import { composeMessages } from "./compose/compose-messages.js";
import { planContext } from "./context.js";
import { DISAGREEMENT_RULES } from "./disagreements/index.js";
import { GUARD_RULES } from "./guards/index.js";
import type { Plan, Step } from "./plan.js";
import { NO_PROGRESS, type PlanProgress } from "./progress.js";
import { STRATEGY_RULES } from "./strategies/index.js";
import { inWorkingHours } from "./working-hours.js";

/**
 * Turn a debrief into a dated recovery plan: the strategy rules propose steps, the guards remove or
 * move anything the plan must never do, each section is given the message that carries it, every
 * outreach is dated in the person's working hours, then the disagreements that touch this plan are
 * shown. `progress` is what the person did since (steps marked done, answers received): the plan is
 * chosen again with it, so it never asks for what already happened or what an answer made
 * pointless. Pure: the same debrief, `now` and progress give a deep-equal plan.
 */
export function choosePlan(
  debrief: Debrief,
  now: Date,
  progress: PlanProgress = NO_PROGRESS,
): Plan {
  const ctx = planContext(debrief, now, progress);
  const proposed = STRATEGY_RULES.filter((rule) => rule.applies(debrief, ctx)).map((rule) =>
    rule.step(debrief, ctx),
  );
  const guarded = GUARD_RULES.reduce<Step[]>(
    (steps, guard) => guard.enforce(steps, debrief, ctx),
    proposed,
  );
  const steps = inWorkingHours(composeMessages(guarded), ctx.clock);
  return {
    generatedAt: isoUtc(now.getTime()),
    status: debrief.candidacy.status,
    coolOffUntil: ctx.coolOffUntil === null ? null : isoUtc(ctx.coolOffUntil.getTime()),
    steps,
    guards: GUARD_RULES.filter((guard) => guard.inForce(debrief, ctx)).map((guard) => ({
      id: guard.id,
      explanation: guard.explanation(debrief, steps, ctx),
      sources: [...guard.sources],
    })),
    disagreements: DISAGREEMENT_RULES.filter((rule) => rule.applies(debrief, ctx, steps)).map(
      (rule) => rule.build(debrief, ctx, steps),
    ),
  };
}
