import type { ShareSummary, WebhookEventType } from "@rebound/core";

/**
 * The body of every event, as the Standard Webhooks spec suggests: `type`, `timestamp` (when it
 * happened) and `data`. A share's event carries the share exactly as the candidate consented to
 * send it, and nothing else; a deletion carries only the share's id.
 */
export interface WebhookBody {
  type: WebhookEventType;
  timestamp: string;
  data: Record<string, unknown>;
}

export interface WebhookEvent {
  body: WebhookBody;
  /** The share the event is about, so deleting the share can wipe the events that carry it. */
  shareId?: string | undefined;
}

export function shareCreated(
  share: { id: string; createdAt: string; summary: ShareSummary },
  now: Date,
): WebhookEvent {
  return {
    shareId: share.id,
    body: {
      type: "share.created",
      timestamp: now.toISOString(),
      data: { id: share.id, sharedAt: share.createdAt, ...share.summary },
    },
  };
}

export function shareDeleted(shareId: string, now: Date): WebhookEvent {
  return {
    shareId,
    body: { type: "share.deleted", timestamp: now.toISOString(), data: { id: shareId } },
  };
}

export function testEvent(now: Date): WebhookEvent {
  return {
    body: {
      type: "webhook.test",
      timestamp: now.toISOString(),
      data: { message: "A test event from your Rebound dashboard. Your endpoint is receiving." },
    },
  };
}
