import { useCallback, useEffect, useState } from "react";
import { listJournalRecords, type JournalRecord } from "./journal-store";

export interface JournalState {
  /** null while the first read is in flight. */
  records: JournalRecord[] | null;
  /** A read that failed (private browsing can block IndexedDB): said in plain words. */
  error: string | null;
  reload: () => Promise<void>;
}

const UNREADABLE =
  "This browser would not let Rebound read its storage, so the journal cannot be shown here.";

interface Loaded {
  records: JournalRecord[];
  error: string | null;
}

async function load(): Promise<Loaded> {
  try {
    return { records: await listJournalRecords(), error: null };
  } catch {
    return { records: [], error: UNREADABLE };
  }
}

/** The journal records on this device, read once on mount and again after every change. */
export function useJournal(): JournalState {
  const [state, setState] = useState<Loaded | null>(null);
  useEffect(() => {
    let cancelled = false;
    void load().then((loaded) => {
      if (!cancelled) setState(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  const reload = useCallback(async () => setState(await load()), []);
  return { records: state?.records ?? null, error: state?.error ?? null, reload };
}
