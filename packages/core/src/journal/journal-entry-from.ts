import type { Debrief } from "../debrief/debrief.js";
import type { Plan } from "../plan/plan.js";
import type { StrategyId } from "../plan/ids.js";
import type { ActionOutcome, JournalEntry } from "./entry.js";

/** What the person has done since the plan was made, and who answered. */
export interface RecoveryProgress {
  done: readonly StrategyId[];
  /** true = someone answered, false = no answer came; absent = not known yet. */
  answered?: Partial<Record<StrategyId, boolean>>;
}

const MAX_LESSON_CHARS = 1000;

/** The lesson notes in the order the form asks for them, each with the label it is filed under. */
const LESSON_LABELS = [
  ["informationLacked", "Information I lacked"],
  ["dress", "Dress"],
  ["mannerisms", "Mannerisms"],
  ["wording", "Wording"],
  ["logistics", "Logistics"],
] as const;

/**
 * The lessons-learned entry for one interview: what to keep from the debrief for next time,
 * and how each outreach step of the plan went. Pure: progress is passed in, never looked up.
 */
export function journalEntryFrom(
  debrief: Debrief,
  plan: Plan,
  progress?: RecoveryProgress,
): JournalEntry {
  // Built in the schema's key order, so it serialises as a parsed entry would. Not parsed here:
  // the debrief's own limits keep every list within the entry's (a property test checks it),
  // and validation belongs at the boundary, not inside the pure pipeline.
  return {
    interviewEndedAt: debrief.interview.endedAt,
    organisation: debrief.organisation.name,
    ...(debrief.organisation.role === undefined ? {} : { role: debrief.organisation.role }),
    outcome: debrief.candidacy.status,
    slipKinds: debrief.slips.map((slip) => slip.kind),
    unpreparedQuestions: [...debrief.lessons.unpreparedQuestions],
    lessons: lessonsFrom(debrief),
    actions: actionsFrom(plan, progress),
  };
}

function lessonsFrom(debrief: Debrief): string[] {
  const labelled: [string, string | undefined][] = [
    ...LESSON_LABELS.map(
      ([field, label]) => [label, debrief.lessons[field]] as [string, string | undefined],
    ),
    ["The one thing I would change", debrief.reflection.oneChange],
    ["How I would answer differently", debrief.reflection.answerDifferently],
  ];
  return labelled.flatMap(([label, note]) =>
    note === undefined || note === "" ? [] : [truncate(`${label}: ${note}`, MAX_LESSON_CHARS)],
  );
}

/**
 * One action per outreach step (self steps have nobody to answer). A known answer, yes or no,
 * implies the step was done even if the caller forgot to list it.
 */
function actionsFrom(plan: Plan, progress?: RecoveryProgress): ActionOutcome[] {
  const seen = new Set<StrategyId>();
  const actions: ActionOutcome[] = [];
  for (const step of plan.steps) {
    if (!step.outreach || seen.has(step.strategy)) continue;
    seen.add(step.strategy);
    const answered = progress?.answered?.[step.strategy];
    const done = answered !== undefined || (progress?.done.includes(step.strategy) ?? false);
    actions.push({ strategy: step.strategy, done, answered: done ? (answered ?? null) : null });
  }
  return actions;
}

/** Cut to `max` characters on a code-point boundary, marking the cut with an ellipsis. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text.slice(0, max - 1));
  // slice() may have cut a surrogate pair in half: drop a dangling high surrogate.
  const last = points.at(-1);
  if (last !== undefined && /[\uD800-\uDBFF]/.test(last)) points.pop();
  return `${points.join("")}…`;
}
