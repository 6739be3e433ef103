import {
  err,
  ok,
  toFieldIssues,
  toValidationError,
  type Result,
  type ValidationError,
} from "@rebound/core";
import { clear, createStore, del, entries, get, set, setMany } from "idb-keyval";
import { clearDraftEdits } from "../drafts/draft-edits-store";
import { importProblem } from "./import-problem";
import {
  JournalExportSchema,
  JournalRecordSchema,
  type JournalExport,
  type JournalRecord,
} from "./journal-record";

export type { JournalRecord } from "./journal-record";

// A store of its own, so "delete everything" clears the journal and nothing else.
const journalStore = createStore("rebound-journal", "records");

/** Keep (or replace) one debrief in the journal. Called whenever a plan is built or its progress changes. */
export async function saveJournalRecord(record: JournalRecord): Promise<void> {
  const parsed = JournalRecordSchema.safeParse(record);
  if (!parsed.success) throw new Error(toValidationError(parsed.error, "journal record").message);
  await set(parsed.data.id, parsed.data, journalStore);
}

/** One record by its interview's id, or null when there is none (or it no longer reads). */
export async function loadJournalRecord(id: string): Promise<JournalRecord | null> {
  const parsed = JournalRecordSchema.safeParse(await get(id, journalStore));
  return parsed.success ? parsed.data : null;
}

/** Every stored record, newest interview first. Anything unreadable (an older shape) is skipped. */
export async function listJournalRecords(): Promise<JournalRecord[]> {
  const stored = await entries<string, unknown>(journalStore);
  const records: JournalRecord[] = [];
  for (const [, value] of stored) {
    const parsed = JournalRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
  }
  return records.sort((a, b) =>
    b.debrief.interview.endedAt.localeCompare(a.debrief.interview.endedAt),
  );
}

/** The whole journal as pretty JSON, for a download. */
export async function exportJournal(now: Date = new Date()): Promise<string> {
  const file: JournalExport = {
    format: "rebound-journal",
    version: 1,
    exportedAt: now.toISOString(),
    records: await listJournalRecords(),
  };
  return JSON.stringify(file, null, 2);
}

/**
 * Read an export back. Validated as a whole before anything is written, so a bad file
 * changes nothing; records with an id already present are replaced by the imported copy.
 */
export async function importJournal(json: string): Promise<Result<number, ValidationError>> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return err({
      kind: "invalid-input",
      message:
        "That file is not JSON. Choose the file Rebound gave you when you exported your journal.",
      issues: [{ path: "", message: "Not valid JSON." }],
    });
  }
  const parsed = JournalExportSchema.safeParse(data);
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error);
    return err({ kind: "invalid-input", message: importProblem(issues), issues });
  }
  await setMany(
    parsed.data.records.map((record) => [record.id, record] as [string, JournalRecord]),
    journalStore,
  );
  return ok(parsed.data.records.length);
}

/** Delete one interview's journal record. */
export async function deleteJournalRecord(id: string): Promise<void> {
  await del(id, journalStore);
}

/** Delete every journal record on this device, and the drafts edited for them. */
export async function clearJournal(): Promise<void> {
  await Promise.all([clear(journalStore), clearDraftEdits()]);
}
