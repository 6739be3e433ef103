import { randomUUID } from "node:crypto";
import { DebriefSchema, type Debrief } from "@rebound/core";
import { eq } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { savedDebriefs } from "../db/schema.js";
import { randomToken, safeEqual, sha256 } from "../security/secrets.js";

export interface SavedDebrief {
  id: string;
  debrief: Debrief;
  updatedAt: string;
}

export async function saveDebrief(
  db: Database,
  debrief: Debrief,
): Promise<{ id: string; resumeToken: string }> {
  const id = randomUUID();
  const resumeToken = randomToken(); // 256 bits; only the hash is stored
  await db.insert(savedDebriefs).values({ id, tokenHash: sha256(resumeToken), debrief });
  return { id, resumeToken };
}

/** The debrief when the id exists and the token matches; null otherwise (same answer for both). */
export async function loadDebrief(
  db: Database,
  id: string,
  resumeToken: string,
): Promise<SavedDebrief | null> {
  const [row] = await db.select().from(savedDebriefs).where(eq(savedDebriefs.id, id)).limit(1);
  if (!row || !safeEqual(row.tokenHash, sha256(resumeToken))) return null;
  return {
    id: row.id,
    debrief: DebriefSchema.parse(row.debrief),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function replaceDebrief(
  db: Database,
  id: string,
  resumeToken: string,
  debrief: Debrief,
  now: Date,
): Promise<SavedDebrief | null> {
  if (!(await loadDebrief(db, id, resumeToken))) return null;
  await db.update(savedDebriefs).set({ debrief, updatedAt: now }).where(eq(savedDebriefs.id, id));
  return { id, debrief, updatedAt: now.toISOString() };
}

/** Really deletes the row. */
export async function deleteDebrief(
  db: Database,
  id: string,
  resumeToken: string,
): Promise<boolean> {
  if (!(await loadDebrief(db, id, resumeToken))) return false;
  await db.delete(savedDebriefs).where(eq(savedDebriefs.id, id));
  return true;
}
