import type { SharedSummary } from "./agency";
import { SharedDebrief } from "./shared-debrief";
import { formatDate } from "../ui/format-date";

/** Summaries candidates chose to send. Plain text only: React escapes every value. */
export function SharesList({ shares }: { shares: readonly SharedSummary[] }) {
  if (shares.length === 0)
    return (
      <p>No candidate has shared a summary yet. They can choose to at the end of the widget.</p>
    );
  return (
    <ul className="rb-dash__shares">
      {shares.map(({ id, summary, createdAt }) => (
        <li key={id} className="rb-card">
          <h3>{summary.name}</h3>
          <dl>
            <dt>Contact</dt>
            <dd>{summary.contact}</dd>
            {summary.role ? (
              <>
                <dt>Role</dt>
                <dd>{summary.role}</dd>
              </>
            ) : null}
            <dt>Plan</dt>
            <dd>{summary.planHeadline}</dd>
            <dt>Shared</dt>
            <dd>
              <time dateTime={createdAt}>{formatDate(createdAt, "stamp")}</time>
            </dd>
          </dl>
          {summary.debrief ? (
            <details>
              <summary>Full debrief (the candidate chose to include it)</summary>
              <SharedDebrief debrief={summary.debrief} />
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
