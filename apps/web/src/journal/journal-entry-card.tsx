import { STRATEGY_CATALOGUE, type JournalEntry, type StrategyId } from "@rebound/core";
import type { JSX } from "react";
import { Link } from "../app/link";
import { interviewHref } from "../state/interviews";
import { formatDate } from "../ui/format-date";
import { SLIP_LABEL } from "./slip-labels";

const OUTCOME_LABEL: Record<JournalEntry["outcome"], string> = {
  waiting: "Still waiting to hear",
  rejected: "Not offered the job",
  offer: "Offered the job",
  unknown: "Outcome not known",
};

/** One past interview: when, where, how it ended, what it taught, and the way back to it. */
export function JournalEntryCard({ id, entry }: { id: string; entry: JournalEntry }): JSX.Element {
  const actions = entry.actions.filter((action) => action.done);
  return (
    <article className="rb-journal-entry">
      <h3>
        <Link href={interviewHref("/plan", id)}>
          {entry.organisation}
          {entry.role ? <span className="rb-journal-entry__role">, {entry.role}</span> : null}
        </Link>
      </h3>
      <p className="rb-journal-entry__meta">
        <time dateTime={entry.interviewEndedAt}>{formatDate(entry.interviewEndedAt, "date")}</time>{" "}
        ·{" "}
        <span className={`rb-outcome rb-outcome--${entry.outcome}`}>
          {OUTCOME_LABEL[entry.outcome]}
        </span>
      </p>
      {entry.slipKinds.length > 0 ? (
        <p>
          <span className="rb-journal-entry__label">Slip-ups:</span>{" "}
          {[...new Set(entry.slipKinds)].map((kind) => SLIP_LABEL[kind]).join(", ")}
        </p>
      ) : null}
      {entry.lessons.length > 0 ? (
        <>
          <h4>Lessons</h4>
          <ul>
            {entry.lessons.map((lesson, index) => (
              <li key={index}>{lesson}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="rb-muted">No lessons noted for this one.</p>
      )}
      {entry.unpreparedQuestions.length > 0 ? (
        <>
          <h4>Questions you weren't ready for</h4>
          <ul>
            {entry.unpreparedQuestions.map((question, index) => (
              <li key={index}>{question}</li>
            ))}
          </ul>
        </>
      ) : null}
      {actions.length > 0 ? (
        <>
          <h4>What you did</h4>
          <ul>
            {actions.map((action) => (
              <li key={action.strategy}>
                {strategyTitle(action.strategy)}: {answeredLabel(action.answered)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

export function strategyTitle(strategy: StrategyId): string {
  return STRATEGY_CATALOGUE.find((s) => s.id === strategy)?.title ?? strategy;
}

function answeredLabel(answered: boolean | null): string {
  if (answered === null) return "no answer recorded yet";
  return answered ? "they answered" : "no answer";
}
