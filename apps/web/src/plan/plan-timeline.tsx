import type { Plan, Step, StrategyId } from "@rebound/core";
import type { Progress } from "../state/session";
import { StepCard } from "./step-card";

interface PlanTimelineProps {
  plan: Plan;
  now: Date;
  progress: Progress;
  /** Steps done: marked, or said in a message marked done. */
  done: ReadonlySet<StrategyId>;
  onDone: (strategy: StrategyId, done: boolean) => void;
  onAnswered: (strategy: StrategyId, answered: boolean) => void;
}

/** Steps in date order (stable, so steps starting together keep core's order). */
export function byStart(steps: readonly Step[]): Step[] {
  return [...steps].sort((a, b) => Date.parse(a.window.earliest) - Date.parse(b.window.earliest));
}

/** The plan as a timeline: each step at its date. */
export function PlanTimeline({ plan, now, progress, done, onDone, onAnswered }: PlanTimelineProps) {
  const held =
    plan.coolOffUntil !== null && new Date(plan.coolOffUntil) > now ? plan.coolOffUntil : null;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Step by step</h2>
      <ol className="rb-timeline">
        {byStart(plan.steps).map((step) => (
          <li key={step.strategy} className="rb-timeline__item">
            <StepCard
              step={step}
              done={done.has(step.strategy)}
              answered={progress.answered[step.strategy] === true}
              now={now}
              heldUntil={held}
              onDone={(done) => onDone(step.strategy, done)}
              onAnswered={(answered) => onAnswered(step.strategy, answered)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
