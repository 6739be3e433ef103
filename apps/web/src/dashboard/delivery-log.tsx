import { formatDate } from "../ui/format-date";
import { countOf } from "@rebound/core";
import type { Delivery } from "./dashboard-api";

const attempts = (count: number) => countOf(count, { one: "attempt", other: "attempts" });

const EVENT_NAMES: Record<string, string> = {
  "share.created": "New share",
  "share.deleted": "Share deleted",
  "webhook.test": "Test event",
};

function status(delivery: Delivery): string {
  switch (delivery.status) {
    case "delivered":
      return "Delivered";
    case "failed":
      return "Failed";
    default:
      return delivery.attempts === 0 ? "Sending" : "Retrying";
  }
}

/** How many attempts so far, and when the next one is due while it is still retrying. */
function progress(delivery: Delivery): string {
  if (delivery.attempts === 0) return "";
  const next =
    delivery.status === "pending" && delivery.nextAttemptAt
      ? `, next at ${formatDate(delivery.nextAttemptAt, "stamp")}`
      : "";
  return `${attempts(delivery.attempts)}${next}`;
}

function lastAnswer(delivery: Delivery): string {
  if (delivery.lastError) return delivery.lastError;
  if (delivery.lastStatusCode !== null) return `HTTP ${String(delivery.lastStatusCode)}`;
  return "—";
}

/** The latest deliveries, newest first: what was sent, whether it arrived, and what the endpoint said. */
export function DeliveryLog({ deliveries }: { deliveries: readonly Delivery[] }) {
  if (deliveries.length === 0)
    return <p>No events yet. Send a test event, or wait for a candidate to share a summary.</p>;
  return (
    <div className="rb-dash__table-wrap" role="region" aria-label="Webhook deliveries" tabIndex={0}>
      <table className="rb-dash__table">
        <caption className="rb-visually-hidden">Webhook deliveries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Last answer</th>
            <th scope="col">Queued</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id}>
              <th scope="row">{EVENT_NAMES[delivery.eventType] ?? delivery.eventType}</th>
              <td>
                <span className={`rb-dash__badge rb-dash__badge--${delivery.status}`}>
                  {status(delivery)}
                </span>{" "}
                <span className="rb-muted">{progress(delivery)}</span>
              </td>
              <td>{lastAnswer(delivery)}</td>
              <td>
                <time dateTime={delivery.createdAt}>{formatDate(delivery.createdAt, "stamp")}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
