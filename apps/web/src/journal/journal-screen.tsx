import { journalEntryFrom, journalInsights } from "@rebound/core";
import { useMemo, type JSX } from "react";
import { JournalEntryCard } from "./journal-entry-card";
import { JournalInsightsPanel } from "./journal-insights-panel";
import { JournalManage } from "./journal-manage";
import { useJournal } from "./use-journal";
import "./journal.css";

/** Every past debrief on this device, the patterns across them, and the person's control over the data. */
export function JournalScreen(): JSX.Element {
  const { records, error, reload } = useJournal();
  const entries = useMemo(
    () =>
      (records ?? []).map((r) => ({
        id: r.id,
        entry: journalEntryFrom(r.debrief, r.plan, r.progress),
      })),
    [records],
  );
  const insights = useMemo(() => journalInsights(entries.map((e) => e.entry)), [entries]);

  return (
    <section className="rb-journal" aria-labelledby="journal-heading">
      <h1 id="journal-heading">Your journal</h1>
      <p className="rb-journal__intro">
        Every interview you have debriefed here, with what it taught you. It stays on this device.
      </p>
      {error ? <p className="rb-error-text">{error}</p> : null}
      {records === null ? <p role="status">Opening your journal…</p> : null}
      {records !== null && entries.length === 0 ? (
        <p className="rb-notice">
          Nothing here yet. When you build a plan, the debrief is kept here so you can look back
          later.
        </p>
      ) : null}
      {entries.length > 0 ? <JournalInsightsPanel insights={insights} /> : null}
      {entries.length > 0 ? (
        <section className="rb-journal__entries" aria-labelledby="journal-entries-heading">
          <h2 id="journal-entries-heading">Past interviews</h2>
          {entries.map(({ id, entry }) => (
            <JournalEntryCard key={id} id={id} entry={entry} />
          ))}
        </section>
      ) : null}
      <JournalManage count={entries.length} onChanged={reload} />
    </section>
  );
}
