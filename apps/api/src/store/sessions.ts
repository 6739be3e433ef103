import { and, eq, gt, lt } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { sessions } from "../db/schema.js";
import { SESSION_TTL_MS } from "../security/cookies.js";
import { randomToken, sha256 } from "../security/secrets.js";

/** Starts a dashboard session; returns the cookie value (only its hash is stored). */
export async function startSession(db: Database, agencyId: string, now: Date): Promise<string> {
  const token = randomToken();
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    agencyId,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  return token;
}

export async function agencyIdForSession(
  db: Database,
  token: string,
  now: Date,
): Promise<string | null> {
  const [row] = await db
    .select({ agencyId: sessions.agencyId })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  return row?.agencyId ?? null;
}

export async function endSession(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}
