import type { SlipKind } from "../debrief/slip-up.js";
import { SlipKindSchema } from "../debrief/slip-up.js";
import { CandidacyStatusSchema } from "../debrief/sections.js";
import { type StrategyId, StrategyIdSchema } from "../plan/ids.js";
import type { JournalEntry } from "./entry.js";
import {
  type ActionResponse,
  type JournalInsights,
  type RecurringSlip,
} from "./insights-schema.js";
import { groupQuestionTopics } from "./question-topics.js";

/** A slip kind counts as recurring once it shows up in this many interviews. */
const RECURRING_AFTER = 2;
/**
 * "Something else" is a catch-all: two unrelated slips filed under it are not a pattern, so it
 * never counts as recurring.
 */
const CATCH_ALL_SLIP: SlipKind = "other";
/** A topic needs more than one question behind it: one question is an anecdote, not a gap. */
const TOPIC_SUPPORT = 2;

/** What a journal says across interviews: patterns to work on and what got answers. Pure. */
export function journalInsights(entries: readonly JournalEntry[]): JournalInsights {
  const outcomes = Object.fromEntries(
    CandidacyStatusSchema.options.map((status) => [status, 0]),
  ) as JournalInsights["outcomes"];
  for (const entry of entries) outcomes[entry.outcome] += 1;
  return {
    interviews: entries.length,
    outcomes,
    recurringSlips: recurringSlips(entries),
    questionTopics: groupQuestionTopics(
      entries.flatMap((entry) => entry.unpreparedQuestions),
    ).filter((topic) => topic.count >= TOPIC_SUPPORT),
    actions: actionResponses(entries),
  };
}

function recurringSlips(entries: readonly JournalEntry[]): RecurringSlip[] {
  const tally = new Map<SlipKind, { interviews: number; occurrences: number }>();
  for (const entry of entries) {
    for (const kind of new Set(entry.slipKinds)) {
      if (kind === CATCH_ALL_SLIP) continue;
      const counts = tally.get(kind) ?? { interviews: 0, occurrences: 0 };
      counts.interviews += 1;
      counts.occurrences += entry.slipKinds.filter((k) => k === kind).length;
      tally.set(kind, counts);
    }
  }
  const order = SlipKindSchema.options;
  return [...tally]
    .filter(([, counts]) => counts.interviews >= RECURRING_AFTER)
    .map(([kind, counts]) => ({ kind, ...counts, share: counts.interviews / entries.length }))
    .sort(
      (a, b) =>
        b.interviews - a.interviews ||
        b.occurrences - a.occurrences ||
        order.indexOf(a.kind) - order.indexOf(b.kind),
    );
}

function actionResponses(entries: readonly JournalEntry[]): ActionResponse[] {
  const tally = new Map<StrategyId, { tried: number; answered: number; pending: number }>();
  for (const action of entries.flatMap((entry) => entry.actions)) {
    if (!action.done) continue;
    const counts = tally.get(action.strategy) ?? { tried: 0, answered: 0, pending: 0 };
    counts.tried += 1;
    if (action.answered === true) counts.answered += 1;
    if (action.answered === null) counts.pending += 1;
    tally.set(action.strategy, counts);
  }
  const order = StrategyIdSchema.options;
  return [...tally]
    .map(([strategy, counts]) => {
      const settled = counts.tried - counts.pending;
      return { strategy, ...counts, rate: settled === 0 ? null : counts.answered / settled };
    })
    .sort(
      (a, b) =>
        (b.rate ?? -1) - (a.rate ?? -1) ||
        b.tried - a.tried ||
        order.indexOf(a.strategy) - order.indexOf(b.strategy),
    );
}
