import type { SessionSource } from "./current-debrief";
import {
  loadInterview,
  loadOpenInterviewId,
  rememberOpenInterview,
  saveInterview,
  upgradeStoredSessions,
} from "./interviews-store";
import { emptySession, type Session } from "./session";

/** A session source for one of the coach's interviews, which knows which one it holds. */
export interface InterviewSource extends SessionSource {
  /** The interview's id; for the last-opened source, known once it has loaded (or made a fresh one). */
  id: () => string | null;
}

/**
 * An interview the journal remembers but the coach no longer holds (an imported journal, say):
 * rebuilt from its record, with its plan's moment and its marks, so opening it loses nothing.
 */
async function fromJournal(id: string): Promise<Session | null> {
  // Loaded only here: the journal's schemas stay out of the first download.
  const { loadJournalRecord } = await import("../journal/journal-store");
  const record = await loadJournalRecord(id);
  if (!record) return null;
  return {
    id,
    createdAt: record.plan.generatedAt,
    draft: record.debrief,
    step: 1,
    plannedAt: record.plan.generatedAt,
    progress: record.progress,
    remote: null,
  };
}

/**
 * Interview `id`. `started` is a debrief begun a moment ago and not stored yet: it is stored
 * with its first answer, so a "Start a debrief" left untouched leaves no empty interview behind.
 */
export function interviewSource(id: string, started?: Session): InterviewSource {
  return {
    id: () => id,
    load: async () => {
      if (started) return started;
      const session = (await loadInterview(id)) ?? (await fromJournal(id));
      if (session) await rememberOpenInterview(id);
      return session;
    },
    save: saveInterview,
    clear: () => Promise.resolve(),
    fresh: () => ({ ...emptySession(), id }),
  };
}

/** Whichever interview was open last (after carrying today's stored debrief over), or a new one. */
export function lastOpenSource(): InterviewSource {
  let fresh: Session | undefined;
  let loadedId: string | null = null;
  const freshSession = () => (fresh ??= emptySession());
  return {
    id: () => loadedId ?? fresh?.id ?? null,
    load: async () => {
      await upgradeStoredSessions();
      const open = await loadOpenInterviewId();
      const session = open === null ? null : await loadInterview(open);
      loadedId = session?.id ?? freshSession().id;
      return session;
    },
    save: saveInterview,
    clear: () => Promise.resolve(),
    fresh: freshSession,
  };
}
