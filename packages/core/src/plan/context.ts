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
import type { StrategyId } from "./ids.js";
import { LazyPlanDates } from "./lazy-dates.js";
import { doneWhileDebriefing, heardBack, NO_PROGRESS, type PlanProgress } from "./progress.js";

/** What every rule, guard and disagreement may read besides the debrief: time and shared derived facts. */
export interface PlanContext {
  now: Date;
  /** Null when no cool-off is needed. */
  coolOffUntil: Date | null;
  dates: PlanDates;
  active: boolean;
  /** A contact was recorded in the debrief, before this plan: the first counts as the thank-you. */
  thankYouSent: boolean;
  /** Steps behind the person: marked done, or done by the debrief itself (the review). */
  done: ReadonlySet<StrategyId>;
  /** The thank-you is out: recorded before the plan, or its step marked done since. */
  thankYouGone: boolean;
  /** Someone at the employer answered a contact: a "have you heard anything?" would be pointless. */
  heardBack: boolean;
  /** Some message to the employer may still go out (the guards about wording matter). */
  expectsOutreach: boolean;
  /** The person's clock: outreach is dated in its working hours. */
  clock: LocalClock;
}

export function planContext(
  debrief: Debrief,
  now: Date,
  progress: PlanProgress = NO_PROGRESS,
): PlanContext {
  const coolOffUntil = coolOffEnd(debrief, now);
  const thankYouSent = thankYouAlreadySent(debrief);
  const done = new Set<StrategyId>([...progress.done, ...doneWhileDebriefing(debrief)]);
  const active = isActiveCandidate(debrief);
  const clock = debriefClock(debrief);
  return {
    now,
    coolOffUntil,
    dates: new LazyPlanDates(planInstants(debrief, now, coolOffUntil, clock)),
    active,
    thankYouSent,
    done,
    thankYouGone: thankYouSent || done.has("thank-you-email"),
    heardBack: heardBack(debrief, progress),
    expectsOutreach: isRejected(debrief) || (active && !outreachExhausted(debrief)),
    clock,
  };
}
