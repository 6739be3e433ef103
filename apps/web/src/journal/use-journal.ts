import { useCallback, useEffect, useState } from "react";
import { listJournalRecords, type JournalRecord } from "./journal-store";

export interface JournalState {
  /** null while the first read is in flight. */
  records: JournalRecord[] | null;
  /** A read that failed (private browsing can block IndexedDB): said in plain words. */
  error: string | null;
  reload: () => Promise<void>;
}

export function useJournal(): JournalState {
  const [records, setRecords] = useState<JournalRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setRecords(await listJournalRecords());
      setError(null);
    } catch {
      setRecords([]);
      setError("This browser would not let Rebound read its storage, so the journal cannot be shown here.");
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { records, error, reload };
}
