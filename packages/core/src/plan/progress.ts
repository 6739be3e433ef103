import type { Debrief } from "../debrief/debrief.js";
import { isSectionId } from "./compose/sections.js";
import type { StrategyId } from "./ids.js";
import type { Step } from "./plan.js";

/**
 * What the person has done since the plan was chosen: the steps they marked done, and which
 * outreach got an answer. The plan is chosen again with it, so it never asks for what already
 * happened nor for what an answer made pointless.
 */
export interface PlanProgress {
  done: readonly StrategyId[];
  answered: Readonly<Partial<Record<StrategyId, boolean>>>;
}

export const NO_PROGRESS: PlanProgress = { done: [], answered: {} };

/** The debrief itself is the guided review: once it holds one, the review step is behind them. */
export function reviewedInDebrief(debrief: Debrief): boolean {
  const { wentWell, couldBeBetter, oneChange, answerDifferently } = debrief.reflection;
  return (
    wentWell.length > 0 ||
    couldBeBetter.length > 0 ||
    oneChange !== undefined ||
    answerDifferently !== undefined
  );
}

/** Steps the debrief already did while it was being filled in (the review). */
export function doneWhileDebriefing(debrief: Debrief): StrategyId[] {
  return reviewedInDebrief(debrief) ? ["reflect"] : [];
}

/** Someone at the employer answered: a contact recorded as answered, or a step marked "they replied". */
export function heardBack(debrief: Debrief, progress: PlanProgress): boolean {
  return (
    debrief.followUps.some((followUp) => followUp.answered) ||
    Object.values(progress.answered).includes(true)
  );
}

/**
 * The plan's steps that are done: those marked done, and the sections said in a message that was
 * marked done (the one apology went out with the thank-you it was part of).
 */
export function stepsDone(steps: readonly Step[], progress: PlanProgress): StrategyId[] {
  const marked = new Set(progress.done);
  const sent = new Set(
    steps.filter((step) => marked.has(step.strategy)).flatMap((step) => step.templates.slice(0, 1)),
  );
  return steps
    .filter(
      (step) =>
        marked.has(step.strategy) ||
        (isSectionId(step.strategy) &&
          step.templates[0] !== undefined &&
          sent.has(step.templates[0])),
    )
    .map((step) => step.strategy);
}
