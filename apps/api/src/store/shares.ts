import { randomUUID } from "node:crypto";
import { ShareSummarySchema, type ShareSummary } from "@rebound/core";
import { desc, eq } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { shares } from "../db/schema.js";

export interface Share {
  id: string;
  summary: ShareSummary;
  createdAt: string;
}

export async function recordShare(
  db: Database,
  agencyId: string,
  summary: ShareSummary,
): Promise<string> {
  const id = randomUUID();
  await db.insert(shares).values({ id, agencyId, summary });
  return id;
}

export async function listShares(db: Database, agencyId: string, limit = 200): Promise<Share[]> {
  const rows = await db
    .select()
    .from(shares)
    .where(eq(shares.agencyId, agencyId))
    .orderBy(desc(shares.createdAt))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    summary: ShareSummarySchema.parse(row.summary),
    createdAt: row.createdAt.toISOString(),
  }));
}
