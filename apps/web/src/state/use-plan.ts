import {
  type CandidacyStatus,
  choosePlan,
  type Debrief,
  type DebriefDraft,
  doneWhileDebriefing,
  type FieldIssue,
  parseDebrief,
  type Plan,
  stepsDone,
  type StrategyId,
} from "@rebound/core";
import { useCallback, useMemo } from "react";
import { saveJournalRecord } from "../journal/journal-store";
import { useCurrentDebrief } from "./current-debrief";
import type { Progress } from "./session";

export interface UsePlan {
  plan: Plan | null;
  debrief: Debrief | null;
  /** Record a new candidacy status ("they said no") and choose the plan again for now. */
  setStatus: (status: CandidacyStatus, now?: Date) => void;
  progress: Progress;
  /** The plan's steps that are done: marked, or said in a message marked done. */
  done: ReadonlySet<StrategyId>;
  markDone: (strategy: StrategyId, done: boolean) => void;
  markAnswered: (strategy: StrategyId, answered: boolean | null) => void;
  /**
   * Choose the plan for this moment ("Build my plan"), from `draft` when the caller has just
   * changed it. Returns what is still missing; empty when the plan was built.
   */
  buildPlan: (now?: Date, draft?: DebriefDraft) => FieldIssue[];
}

function keepInJournal(
  id: string,
  draft: DebriefDraft,
  plannedAt: string,
  progress: Progress,
): void {
  const parsed = parseDebrief(draft);
  if (!parsed.ok) return;
  const plan = choosePlan(parsed.value, new Date(plannedAt), progress);
  // The journal is a convenience: failing to write it must never interrupt the plan.
  saveJournalRecord({ id, debrief: parsed.value, plan, progress }).catch(() => undefined);
}

/** The recovery plan for the current debrief, chosen in the browser by core (no round trip). */
export function usePlan(): UsePlan {
  const { complete, session, update, setPlannedAt, setProgress } = useCurrentDebrief();
  const { plannedAt, progress, id, draft } = session;

  // Marks and answers choose the plan again (a reply drops the follow-up), dated as it was.
  const plan = useMemo(
    () => (complete && plannedAt ? choosePlan(complete, new Date(plannedAt), progress) : null),
    [complete, plannedAt, progress],
  );
  const done = useMemo(
    () => new Set(plan ? stepsDone(plan.steps, progress) : []),
    [plan, progress],
  );

  const buildPlan = useCallback(
    (now: Date = new Date(), latest: DebriefDraft = draft) => {
      // An interview in the future, or more than a year ago, is refused before any plan.
      const parsed = parseDebrief(latest, { now });
      if (!parsed.ok) return parsed.error.issues;
      const at = now.toISOString();
      // The wizard just walked them through the review: the plan starts with it done.
      const reviewed = doneWhileDebriefing(parsed.value);
      const started = reviewed.every((strategy) => progress.done.includes(strategy))
        ? progress
        : { ...progress, done: [...new Set([...progress.done, ...reviewed])] };
      if (started !== progress) setProgress(started);
      setPlannedAt(at);
      keepInJournal(id, latest, at, started);
      return [];
    },
    [draft, id, progress, setPlannedAt, setProgress],
  );

  const setStatus = useCallback(
    (status: CandidacyStatus, now: Date = new Date()) => {
      const at = now.toISOString();
      const next: DebriefDraft = {
        ...draft,
        candidacy: { ...draft.candidacy, status, changedAt: at },
      };
      update(next);
      setPlannedAt(at);
      keepInJournal(id, next, at, progress);
    },
    [draft, id, progress, setPlannedAt, update],
  );

  const changeProgress = useCallback(
    (change: (previous: Progress) => Progress) => {
      const next = change(progress);
      setProgress(next);
      if (plannedAt) keepInJournal(id, draft, plannedAt, next);
    },
    [draft, id, plannedAt, progress, setProgress],
  );

  const markDone = useCallback(
    (strategy: StrategyId, done: boolean) =>
      changeProgress((p) => ({
        ...p,
        done: done ? [...new Set([...p.done, strategy])] : p.done.filter((s) => s !== strategy),
      })),
    [changeProgress],
  );

  const markAnswered = useCallback(
    (strategy: StrategyId, answered: boolean | null) =>
      changeProgress((p) => {
        const { [strategy]: _previous, ...rest } = p.answered;
        return { ...p, answered: answered === null ? rest : { ...rest, [strategy]: answered } };
      }),
    [changeProgress],
  );

  return { plan, debrief: complete, setStatus, progress, done, markDone, markAnswered, buildPlan };
}
