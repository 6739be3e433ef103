import { type Debrief, type DebriefDraft, type FieldIssue, parseDebrief } from "@rebound/core";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { emptySession, hasAnswers, type Progress, type RemoteCopy, type Session } from "./session";
import { clearSession, loadSession, saveSession } from "./session-store";

type Updater<T> = T | ((previous: T) => T);

export interface CurrentDebrief {
  draft: DebriefDraft;
  /** Replace the draft (or derive it from the latest one); autosaved to IndexedDB. */
  update: (next: Updater<DebriefDraft>) => void;
  /** The draft parsed as a complete debrief, or null while something required is missing. */
  complete: Debrief | null;
  /** Why the draft is not complete yet, by field path. */
  issues: FieldIssue[];
  /** Forget this debrief on this device and start afresh. */
  reset: () => void;
  /** False until the saved session has been read back from IndexedDB. */
  loaded: boolean;
  hasAnswers: boolean;
  session: Session;
  setStep: (step: number) => void;
  setPlannedAt: (at: string | null) => void;
  setProgress: (next: Updater<Progress>) => void;
  setRemote: (remote: RemoteCopy | null) => void;
  /** Replace everything at once (resuming a saved debrief from the server). */
  replaceSession: (session: Session) => void;
}

const CurrentDebriefContext = createContext<CurrentDebrief | null>(null);

function apply<T>(next: Updater<T>, previous: T): T {
  return typeof next === "function" ? (next as (previous: T) => T)(previous) : next;
}

interface CurrentDebriefProviderProps {
  children: ReactNode;
  initial?: Session;
  /** Where the session is stored; the embed passes one per agency key. */
  storageKey?: string;
}

export function CurrentDebriefProvider({
  children,
  initial,
  storageKey,
}: CurrentDebriefProviderProps) {
  const [session, setSession] = useState<Session>(() => initial ?? emptySession());
  const [loaded, setLoaded] = useState(initial !== undefined);
  // Saves only after the first read, so an empty first render never overwrites a stored debrief.
  const dirty = useRef(false);

  useEffect(() => {
    if (initial) return;
    let cancelled = false;
    loadSession(storageKey)
      .then((stored) => {
        if (cancelled) return;
        if (stored && !dirty.current) setSession(stored);
        setLoaded(true);
      })
      .catch(() => {
        // IndexedDB unavailable (private mode, blocked): the coach still works in memory.
        if (!cancelled) setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, [initial, storageKey]);

  useEffect(() => {
    if (!loaded || !dirty.current) return;
    saveSession(session, storageKey).catch(() => undefined);
  }, [session, loaded, storageKey]);

  const change = useCallback((fn: (previous: Session) => Session) => {
    dirty.current = true;
    setSession(fn);
  }, []);

  const parsed = useMemo(() => parseDebrief(session.draft), [session.draft]);

  // Stable actions: forms subscribe to them once instead of on every keystroke.
  const actions = useMemo(
    () => ({
      update: (next: Updater<DebriefDraft>) =>
        change((s) => ({ ...s, draft: apply(next, s.draft) })),
      reset: () => {
        change(() => emptySession());
        clearSession(storageKey).catch(() => undefined);
      },
      setStep: (step: number) => change((s) => (s.step === step ? s : { ...s, step })),
      setPlannedAt: (plannedAt: string | null) => change((s) => ({ ...s, plannedAt })),
      setProgress: (next: Updater<Progress>) =>
        change((s) => ({ ...s, progress: apply(next, s.progress) })),
      setRemote: (remote: RemoteCopy | null) => change((s) => ({ ...s, remote })),
      replaceSession: (next: Session) => change(() => next),
    }),
    [change, storageKey],
  );

  const value = useMemo<CurrentDebrief>(
    () => ({
      ...actions,
      draft: session.draft,
      complete: parsed.ok ? parsed.value : null,
      issues: parsed.ok ? [] : parsed.error.issues,
      loaded,
      hasAnswers: hasAnswers(session.draft),
      session,
    }),
    [actions, session, parsed, loaded],
  );

  return <CurrentDebriefContext value={value}>{children}</CurrentDebriefContext>;
}

export function useCurrentDebrief(): CurrentDebrief {
  const context = useContext(CurrentDebriefContext);
  if (!context) throw new Error("useCurrentDebrief must be used inside <CurrentDebriefProvider>.");
  return context;
}
