import { formatDate } from "../ui/format-date";
import { useState } from "react";
import { ConfirmAction } from "../ui/confirm-action";
import type { SharedSummary } from "./agency";
import { SharedDebrief } from "./shared-debrief";

interface ShareCardProps {
  share: SharedSummary;
  /** Deletes the share for good; absent where deleting is not offered. */
  onDelete?: ((id: string) => Promise<void>) | undefined;
}

/** One candidate's summary. Plain text only: React escapes every value. */
export function ShareCard({ share, onDelete }: ShareCardProps) {
  const { id, summary, createdAt } = share;
  const [busy, setBusy] = useState(false);
  return (
    <li className="rb-card">
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
      {onDelete ? (
        <div className="rb-dash__share-actions">
          <ConfirmAction
            label="Delete"
            name={`Delete ${summary.name}’s summary`}
            question={`Delete ${summary.name}’s summary for good? It cannot be brought back, and your webhook endpoint (if any) is told to delete its copy.`}
            confirmLabel="Delete for good"
            keepLabel="Keep it"
            busy={busy}
            onConfirm={() => {
              setBusy(true);
              return onDelete(id).finally(() => setBusy(false));
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
