import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { idempotencyKeys } from "../db/schema.js";
import { sha256 } from "../security/secrets.js";

/** How long a key's answer is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A first request still "running" after this long died with its process: its key is free again. */
export const ABANDONED_AFTER_MS = 60_000;

export interface IdempotentRequest {
  /** Whose key it is: `agency:<id>` for a secret key, `ip:<address>` for an anonymous caller. */
  scope: string;
  key: string;
  /** A hash of the operation and its body: the same key with another request is refused. */
  requestHash: string;
  now: Date;
}

export interface StoredAnswer {
  status: number;
  body: string;
}

export type Claim =
  | { kind: "first" }
  | { kind: "replay"; answer: StoredAnswer }
  | { kind: "in-progress" }
  | { kind: "mismatch" };

const where = (request: IdempotentRequest) =>
  and(
    eq(idempotencyKeys.scope, request.scope),
    eq(idempotencyKeys.keyHash, sha256(`idempotency-key:${request.key}`)),
  );

/** AES-256-GCM under a key only the caller's idempotency key (and scope) can rebuild. */
function cipherKey(request: IdempotentRequest): Buffer {
  return createHash("sha256").update(`idempotency-answer:${request.scope}:${request.key}`).digest();
}

function seal(request: IdempotentRequest, answer: StoredAnswer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", cipherKey(request), iv);
  const sealed = Buffer.concat([cipher.update(answer.body, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString("base64url")).join(".");
}

function open(request: IdempotentRequest, stored: string): string {
  const [iv = "", tag = "", sealed = ""] = stored.split(".");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    cipherKey(request),
    Buffer.from(iv, "base64url"),
  );
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(sealed, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

/**
 * Takes the key for a first request, or says what became of it. The insert is atomic on both
 * drivers (`ON CONFLICT DO NOTHING`), so of two concurrent duplicates exactly one is first.
 * Expired keys (everyone's) and this key if abandoned are removed on the way.
 */
export async function claimIdempotencyKey(
  db: Database,
  request: IdempotentRequest,
): Promise<Claim> {
  const expired = new Date(request.now.getTime() - IDEMPOTENCY_TTL_MS);
  const abandoned = new Date(request.now.getTime() - ABANDONED_AFTER_MS);
  await db
    .delete(idempotencyKeys)
    .where(
      or(
        lt(idempotencyKeys.createdAt, expired),
        and(
          where(request),
          isNull(idempotencyKeys.responseStatus),
          lt(idempotencyKeys.createdAt, abandoned),
        ),
      ),
    );
  // A key released between our insert and our read is free again: try once more.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const inserted = await db
      .insert(idempotencyKeys)
      .values({
        scope: request.scope,
        keyHash: sha256(`idempotency-key:${request.key}`),
        requestHash: request.requestHash,
        createdAt: request.now,
      })
      .onConflictDoNothing()
      .returning({ scope: idempotencyKeys.scope });
    if (inserted.length > 0) return { kind: "first" };
    const [row] = await db.select().from(idempotencyKeys).where(where(request)).limit(1);
    if (!row) continue;
    if (row.requestHash !== request.requestHash) return { kind: "mismatch" };
    if (row.responseStatus === null || row.responseSealed === null) return { kind: "in-progress" };
    return {
      kind: "replay",
      answer: { status: row.responseStatus, body: open(request, row.responseSealed) },
    };
  }
  return { kind: "in-progress" };
}

/** Keeps the first request's answer for replays. */
export async function completeIdempotencyKey(
  db: Database,
  request: IdempotentRequest,
  answer: StoredAnswer,
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ responseStatus: answer.status, responseSealed: seal(request, answer) })
    .where(where(request));
}

/** The first request failed: nothing was created, so the key may be used again. */
export async function releaseIdempotencyKey(
  db: Database,
  request: IdempotentRequest,
): Promise<void> {
  await db.delete(idempotencyKeys).where(where(request));
}
