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

/** Where a provider's session is read from and written to; memoise it (a new one reads again). */
export interface SessionSource {
  load: () => Promise<Session | null>;
  save: (session: Session) => Promise<void>;
  clear: () => Promise<void>;
  /** The session to show when nothing is stored yet. */
  fresh: () => Session;
}

/** One session under a fixed key: the embed keeps one per agency key. */
export function keyedSource(key?: string): SessionSource {
  return {
    load: () => loadSession(key),
    save: (session) => saveSession(session, key),
    clear: () => clearSession(key),
    fresh: emptySession,
  };
}

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
  /** Or any other source (the coach's list of interviews); wins over `storageKey`. */
  source?: SessionSource;
}

export function CurrentDebriefProvider({
  children,
  initial,
  storageKey,
  source,
}: CurrentDebriefProviderProps) {
  const keyed = useMemo(() => keyedSource(storageKey), [storageKey]);
  const store = source ?? keyed;
  const [session, setSession] = useState<Session>(() => initial ?? store.fresh());
  const [loaded, setLoaded] = useState(initial !== undefined);
  // Saves only after the first read, so an empty first render never overwrites a stored debrief.
  const dirty = useRef(false);

  useEffect(() => {
    if (initial) return;
    let cancelled = false;
    store
      .load()
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
  }, [initial, store]);

  useEffect(() => {
    if (!loaded || !dirty.current) return;
    store.save(session).catch(() => undefined);
  }, [session, loaded, store]);

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
        change(() => store.fresh());
        store.clear().catch(() => undefined);
      },
      setStep: (step: number) => change((s) => (s.step === step ? s : { ...s, step })),
      setPlannedAt: (plannedAt: string | null) => change((s) => ({ ...s, plannedAt })),
      setProgress: (next: Updater<Progress>) =>
        change((s) => ({ ...s, progress: apply(next, s.progress) })),
      setRemote: (remote: RemoteCopy | null) => change((s) => ({ ...s, remote })),
      replaceSession: (next: Session) => change(() => next),
    }),
    [change, store],
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
