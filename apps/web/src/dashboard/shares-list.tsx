import type { SharedSummary } from "./agency";
import { ShareCard } from "./share-card";

/** Summaries candidates chose to send. */
export function SharesList({
  shares,
  onDelete,
}: {
  shares: readonly SharedSummary[];
  onDelete?: (id: string) => Promise<void>;
}) {
  if (shares.length === 0)
    return (
      <p>No candidate has shared a summary yet. They can choose to at the end of the widget.</p>
    );
  return (
    <ul className="rb-dash__shares">
      {shares.map((share) => (
        <ShareCard key={share.id} share={share} onDelete={onDelete} />
      ))}
    </ul>
  );
}
