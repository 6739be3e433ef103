import { and, eq, gt, ne, or } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { agencies, sessions } from "../db/schema.js";
import { newSecretKey, parseSecretKey } from "../security/api-keys.js";
import { hashSecret, verifySecret } from "../security/secrets.js";

/** The agency a key id belongs to, with the hash to check its secret against; null when unknown or expired. */
export async function liveKeyHolder(
  db: Database,
  keyId: string,
  now: Date,
): Promise<{ agencyId: string; hash: string } | null> {
  const [row] = await db
    .select({
      id: agencies.id,
      current: agencies.secretKeyId,
      hash: agencies.secretKeyHash,
      previousHash: agencies.previousSecretKeyHash,
    })
    .from(agencies)
    .where(
      or(
        eq(agencies.secretKeyId, keyId),
        and(eq(agencies.previousSecretKeyId, keyId), gt(agencies.previousSecretKeyExpiresAt, now)),
      ),
    )
    .limit(1);
  if (!row) return null;
  const hash = row.current === keyId ? row.hash : row.previousHash;
  return hash === null ? null : { agencyId: row.id, hash };
}

/** The agency id a secret key belongs to, or null when the key is malformed, unknown, expired or wrong. */
export async function agencyIdForSecretKey(
  db: Database,
  key: string,
  now: Date,
): Promise<string | null> {
  const parts = parseSecretKey(key);
  if (!parts) return null;
  const holder = await liveKeyHolder(db, parts.keyId, now);
  if (!holder) return null;
  return (await verifySecret(parts.secret, holder.hash)) ? holder.agencyId : null;
}

export interface RolledKey {
  /** Shown once; only its hash is stored. */
  secretKey: string;
  /** When the key it replaces stops working; null when it was revoked at once. */
  previousKeyExpiresAt: string | null;
}

/**
 * Replaces an agency's secret key. With an overlap, the key in use until now keeps working until
 * then (a key rolled again during an overlap ends the older one at once: two at most). Dashboard
 * sessions other than `keepSession` end, since they may have been opened with the old key.
 */
export async function rollSecretKey(
  db: Database,
  agencyId: string,
  options: { overlapMs: number; now: Date; keepSessionHash?: string | undefined },
): Promise<RolledKey | null> {
  const key = newSecretKey();
  const hash = await hashSecret(key.secret);
  const expiresAt =
    options.overlapMs > 0 ? new Date(options.now.getTime() + options.overlapMs) : null;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ keyId: agencies.secretKeyId, hash: agencies.secretKeyHash })
      .from(agencies)
      .where(eq(agencies.id, agencyId))
      .for("update")
      .limit(1);
    if (!current) return null;
    await tx
      .update(agencies)
      .set({
        secretKeyId: key.keyId,
        secretKeyHash: hash,
        previousSecretKeyId: expiresAt ? current.keyId : null,
        previousSecretKeyHash: expiresAt ? current.hash : null,
        previousSecretKeyExpiresAt: expiresAt,
      })
      .where(eq(agencies.id, agencyId));
    const others = eq(sessions.agencyId, agencyId);
    await tx
      .delete(sessions)
      .where(
        options.keepSessionHash === undefined
          ? others
          : and(others, ne(sessions.tokenHash, options.keepSessionHash)),
      );
    return { secretKey: key.key, previousKeyExpiresAt: expiresAt?.toISOString() ?? null };
  });
}
