import { randomUUID } from "node:crypto";
import { DebriefSchema, type Debrief } from "@rebound/core";
import { eq } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { savedDebriefs } from "../db/schema.js";
import { readStored } from "./read-stored.js";
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

/** A hash no token has: what an unknown id's token is compared with. */
export const STAND_IN_TOKEN_HASH = sha256(randomToken());

/**
 * Whether `resumeToken` is the one stored (as `storedHash`). With no stored hash (an unknown id)
 * the token is still hashed and compared, against the stand-in: an unknown id and a known id with
 * a wrong token take the same time, so timing cannot tell which ids exist.
 */
export function resumeTokenMatches(storedHash: string | undefined, resumeToken: string): boolean {
  const matches = safeEqual(storedHash ?? STAND_IN_TOKEN_HASH, sha256(resumeToken));
  return storedHash !== undefined && matches;
}

/** The debrief when the id exists and the token matches; null otherwise (same answer for both). */
export async function loadDebrief(
  db: Database,
  id: string,
  resumeToken: string,
): Promise<SavedDebrief | null> {
  const row = await ownedRow(db, id, resumeToken);
  if (!row) return null;
  const debrief = readStored(DebriefSchema, row.debrief);
  // A record nothing can read is our fault, not "not found": a 500 whose log names the record.
  if (debrief === null) throw new Error(`Saved debrief ${row.id} no longer reads as a debrief.`);
  return { id: row.id, debrief, updatedAt: row.updatedAt.toISOString() };
}

/** The stored row when the id exists and the token matches; null otherwise. */
async function ownedRow(db: Database, id: string, resumeToken: string) {
  const [row] = await db.select().from(savedDebriefs).where(eq(savedDebriefs.id, id)).limit(1);
  return resumeTokenMatches(row?.tokenHash, resumeToken) && row ? row : null;
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
  // The token alone decides: a record we can no longer read can still be erased.
  if (!(await ownedRow(db, id, resumeToken))) return false;
  await db.delete(savedDebriefs).where(eq(savedDebriefs.id, id));
  return true;
}
