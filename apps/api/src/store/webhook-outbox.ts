import { and, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { webhookDeliveries, webhookEndpoints } from "../db/schema.js";
import { randomToken } from "../security/secrets.js";
import type { WebhookBody, WebhookEvent } from "../webhooks/events.js";
import { afterCursor, type PageCursor, toPage } from "./page-cursor.js";

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/**
 * Queues an event for the agency's endpoint, if it has one. Call it inside the transaction that
 * makes the change it reports, so an event exists exactly when its change does. Returns the
 * message id (the `webhook-id` receivers deduplicate by), or null without an endpoint.
 */
export async function enqueueEvent(
  db: Database,
  agencyId: string,
  event: WebhookEvent,
): Promise<string | null> {
  const [endpoint] = await db
    .select({ agencyId: webhookEndpoints.agencyId })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.agencyId, agencyId))
    .limit(1);
  if (!endpoint) return null;
  const id = `msg_${randomToken(18)}`;
  await db.insert(webhookDeliveries).values({
    id,
    agencyId,
    eventType: event.body.type,
    shareId: event.shareId ?? null,
    payload: event.body as unknown as Record<string, unknown>,
  });
  return id;
}

/**
 * Claims up to `limit` due deliveries for `leaseMs`. Rows another process holds are skipped
 * (SKIP LOCKED) and a lapsed lease (a process that died mid-delivery) is claimable again. Times are
 * the database's, so every process agrees on them.
 */
export async function claimDueDeliveries(
  db: Database,
  limit: number,
  leaseMs: number,
): Promise<(DeliveryRow & { payload: WebhookBody })[]> {
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, "pending"),
        lte(webhookDeliveries.nextAttemptAt, sql`now()`),
        or(isNull(webhookDeliveries.claimedUntil), lt(webhookDeliveries.claimedUntil, sql`now()`)),
      ),
    )
    .orderBy(webhookDeliveries.nextAttemptAt)
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await db
    .update(webhookDeliveries)
    .set({ claimedUntil: sql`now() + ${`${String(leaseMs)} milliseconds`}::interval` })
    .where(inArray(webhookDeliveries.id, due))
    .returning();
  return rows.filter((row): row is DeliveryRow & { payload: WebhookBody } => row.payload !== null);
}

export type AttemptOutcome =
  | { kind: "delivered"; statusCode: number }
  /** `retryInMs` null: no more attempts, the delivery is failed. */
  | { kind: "failed"; statusCode: number | null; error: string; retryInMs: number | null };

/** Records one attempt and releases the claim. */
export async function recordAttempt(
  db: Database,
  id: string,
  outcome: AttemptOutcome,
): Promise<void> {
  const common = {
    attempts: sql`${webhookDeliveries.attempts} + 1`,
    lastAttemptAt: sql`now()`,
    claimedUntil: null,
    lastStatusCode: outcome.statusCode,
  };
  if (outcome.kind === "delivered") {
    await db
      .update(webhookDeliveries)
      .set({ ...common, status: "delivered", lastError: null, deliveredAt: sql`now()` })
      .where(eq(webhookDeliveries.id, id));
    return;
  }
  // A failed attempt never reopens a delivery cancelled while it was in flight (its share or
  // endpoint deleted meanwhile): the cancellation's reason stays what the log says.
  await db
    .update(webhookDeliveries)
    .set({
      ...common,
      lastError: outcome.error.slice(0, 300),
      ...(outcome.retryInMs === null
        ? { status: "failed" as const }
        : {
            nextAttemptAt: sql`now() + ${`${String(outcome.retryInMs)} milliseconds`}::interval`,
          }),
    })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, "pending")));
}

/** Gives a claimed delivery back untouched (an attempt cut short by a shutdown). */
export async function releaseClaim(db: Database, id: string): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ claimedUntil: null })
    .where(eq(webhookDeliveries.id, id));
}

/** Ends every pending delivery of an agency (its endpoint was removed): they have nowhere to go. */
export async function failPendingDeliveries(
  db: Database,
  agencyId: string,
  reason: string,
): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ status: "failed", lastError: reason, claimedUntil: null })
    .where(and(eq(webhookDeliveries.agencyId, agencyId), eq(webhookDeliveries.status, "pending")));
}

/**
 * A deleted share leaves no copy in the outbox: events not yet sent are cancelled, and the bodies
 * of those already sent are wiped (the log keeps their type, time and status).
 */
export async function forgetShareInOutbox(
  db: Database,
  agencyId: string,
  shareId: string,
): Promise<void> {
  const ofShare = and(
    eq(webhookDeliveries.agencyId, agencyId),
    eq(webhookDeliveries.shareId, shareId),
  );
  await db
    .update(webhookDeliveries)
    .set({ status: "failed", lastError: "Not sent: the share was deleted first." })
    .where(and(ofShare, eq(webhookDeliveries.status, "pending")));
  await db.update(webhookDeliveries).set({ payload: null }).where(ofShare);
}

export interface DeliveryLogEntry {
  id: string;
  eventType: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

/** The agency's deliveries, newest first, without their bodies. */
export async function listDeliveries(
  db: Database,
  agencyId: string,
  page: { cursor: PageCursor | null; limit: number },
): Promise<{ items: DeliveryLogEntry[]; nextCursor: string | null }> {
  const { where, orderBy } = afterCursor(webhookDeliveries, page.cursor);
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.agencyId, agencyId), where))
    .orderBy(...orderBy)
    .limit(page.limit + 1);
  const { rows: shown, nextCursor } = toPage(rows, page.limit);
  return {
    nextCursor,
    items: shown.map((row) => ({
      id: row.id,
      eventType: row.eventType,
      status: row.status,
      attempts: row.attempts,
      lastStatusCode: row.lastStatusCode,
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
      lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
      nextAttemptAt: row.status === "pending" ? row.nextAttemptAt.toISOString() : null,
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
    })),
  };
}
