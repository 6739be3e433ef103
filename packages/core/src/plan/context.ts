import type { Debrief } from "../debrief/debrief.js";
import {
  isActiveCandidate,
  isRejected,
  outreachExhausted,
  thankYouAlreadySent,
} from "./candidate-facts.js";
import { debriefClock } from "../time/debrief-clock.js";
import type { LocalClock } from "../time/local-clock.js";
import { coolOffEnd, type PlanDates, planInstants } from "./dating.js";
import { LazyPlanDates } from "./lazy-dates.js";

/** What every rule, guard and disagreement may read besides the debrief: time and shared derived facts. */
export interface PlanContext {
  now: Date;
  /** Null when no cool-off is needed. */
  coolOffUntil: Date | null;
  dates: PlanDates;
  active: boolean;
  thankYouSent: boolean;
  /** Some message to the employer may still go out (the guards about wording matter). */
  expectsOutreach: boolean;
  /** The person's clock: outreach is dated in its working hours. */
  clock: LocalClock;
}

export function planContext(debrief: Debrief, now: Date): PlanContext {
  const coolOffUntil = coolOffEnd(debrief, now);
  const active = isActiveCandidate(debrief);
  const clock = debriefClock(debrief);
  return {
    now,
    coolOffUntil,
    dates: new LazyPlanDates(planInstants(debrief, now, coolOffUntil, clock)),
    active,
    thankYouSent: thankYouAlreadySent(debrief),
    expectsOutreach: isRejected(debrief) || (active && !outreachExhausted(debrief)),
    clock,
  };
}
