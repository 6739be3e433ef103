import { randomUUID } from "node:crypto";
import { ShareSummarySchema, type ShareSummary } from "@rebound/core";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { shares } from "../db/schema.js";
import { shareCreated, shareDeleted } from "../webhooks/events.js";
import { afterCursor, type PageCursor, toPage } from "./page-cursor.js";
import { enqueueEvent, forgetShareInOutbox } from "./webhook-outbox.js";
import { readStored } from "./read-stored.js";

export interface Share {
  id: string;
  summary: ShareSummary;
  createdAt: string;
}

export interface SharePage {
  items: Share[];
  /** Pass it back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** A stored share read leniently (see read-stored.ts); null when it no longer fits at all. */
function toShare(row: typeof shares.$inferSelect): Share | null {
  const summary = readStored(ShareSummarySchema, row.summary);
  return summary === null ? null : { id: row.id, summary, createdAt: row.createdAt.toISOString() };
}

/** Stores a consented share and, in the same transaction, its `share.created` event. */
export async function recordShare(
  db: Database,
  agencyId: string,
  summary: ShareSummary,
  now: Date,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(shares)
      .values({ id: randomUUID(), agencyId, summary })
      .returning();
    if (!row) throw new Error("Inserting the share returned no row.");
    const share = { id: row.id, summary, createdAt: row.createdAt.toISOString() };
    await enqueueEvent(tx, agencyId, shareCreated(share, now));
    return row.id;
  });
}

/** One page of an agency's shares, newest first. */
export async function listShares(
  db: Database,
  agencyId: string,
  page: { cursor: PageCursor | null; limit: number },
): Promise<SharePage> {
  const { where, orderBy } = afterCursor(shares, page.cursor);
  const rows = await db
    .select()
    .from(shares)
    .where(and(eq(shares.agencyId, agencyId), where))
    .orderBy(...orderBy)
    .limit(page.limit + 1);
  const { rows: shown, nextCursor } = toPage(rows, page.limit);
  return { items: shown.flatMap((row) => toShare(row) ?? []), nextCursor };
}

/** Every share, page by page, for an export that never holds them all in memory. */
export async function* allShares(db: Database, agencyId: string): AsyncGenerator<Share> {
  let cursor: PageCursor | null = null;
  for (;;) {
    const page = await listShares(db, agencyId, { cursor, limit: 500 });
    yield* page.items;
    const last = page.items.at(-1);
    if (page.nextCursor === null || !last) return;
    cursor = { createdAt: new Date(last.createdAt), id: last.id };
  }
}

/**
 * Deletes a share for good (a candidate's erasure request): the row, any copy waiting in the
 * webhook outbox, and tells the agency's systems with `share.deleted`. False when it is not this
 * agency's share.
 */
export async function deleteShare(
  db: Database,
  agencyId: string,
  shareId: string,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(shares)
      .where(and(eq(shares.agencyId, agencyId), eq(shares.id, shareId)))
      .returning({ id: shares.id });
    if (deleted.length === 0) return false;
    await forgetShareInOutbox(tx, agencyId, shareId);
    await enqueueEvent(tx, agencyId, shareDeleted(shareId, now));
    return true;
  });
}
