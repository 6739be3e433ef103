import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { webhookEndpoints } from "../db/schema.js";
import { openSecret, sealSecret } from "../security/secret-box.js";

/** What the dashboard and the API show about an endpoint: never its secret. */
export interface WebhookEndpoint {
  url: string;
  createdAt: string;
  updatedAt: string;
  /** Until when a rolled-away secret still signs alongside the new one; null when it does not. */
  previousSecretExpiresAt: string | null;
}

type EndpointRow = typeof webhookEndpoints.$inferSelect;

/** `whsec_` and 24 random bytes in base64: the form the Standard Webhooks libraries take. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

function toEndpoint(row: EndpointRow, now: Date): WebhookEndpoint {
  const previous = row.previousSecretExpiresAt;
  return {
    url: row.url,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    previousSecretExpiresAt: previous && previous > now ? previous.toISOString() : null,
  };
}

async function endpointRow(db: Database, agencyId: string): Promise<EndpointRow | null> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.agencyId, agencyId))
    .limit(1);
  return row ?? null;
}

export async function findWebhookEndpoint(
  db: Database,
  agencyId: string,
  now: Date,
): Promise<WebhookEndpoint | null> {
  const row = await endpointRow(db, agencyId);
  return row ? toEndpoint(row, now) : null;
}

/**
 * Sets the endpoint's URL. The first time, a signing secret is made and returned (shown once);
 * changing the URL later keeps the secret, so the receiver's verification keeps working.
 */
export async function saveWebhookEndpoint(
  db: Database,
  agencyId: string,
  url: string,
  options: { secretsKey: Buffer; now: Date },
): Promise<{ endpoint: WebhookEndpoint; secret: string | null }> {
  const existing = await endpointRow(db, agencyId);
  if (existing) {
    const [row] = await db
      .update(webhookEndpoints)
      .set({ url, updatedAt: options.now })
      .where(eq(webhookEndpoints.agencyId, agencyId))
      .returning();
    return { endpoint: toEndpoint(row ?? existing, options.now), secret: null };
  }
  const secret = newSigningSecret();
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      agencyId,
      url,
      sealedSecret: sealSecret(options.secretsKey, secret, agencyId),
      createdAt: options.now,
      updatedAt: options.now,
    })
    .returning();
  if (!row) throw new Error("Saving the webhook endpoint returned no row.");
  return { endpoint: toEndpoint(row, options.now), secret };
}

/** A new signing secret (shown once); the old one keeps signing too for `overlapMs`, if any. */
export async function rollWebhookSecret(
  db: Database,
  agencyId: string,
  options: { secretsKey: Buffer; now: Date; overlapMs: number },
): Promise<{ endpoint: WebhookEndpoint; secret: string } | null> {
  const existing = await endpointRow(db, agencyId);
  if (!existing) return null;
  const secret = newSigningSecret();
  const keep = options.overlapMs > 0;
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      sealedSecret: sealSecret(options.secretsKey, secret, agencyId),
      previousSealedSecret: keep ? existing.sealedSecret : null,
      previousSecretExpiresAt: keep ? new Date(options.now.getTime() + options.overlapMs) : null,
      updatedAt: options.now,
    })
    .where(eq(webhookEndpoints.agencyId, agencyId))
    .returning();
  return row ? { endpoint: toEndpoint(row, options.now), secret } : null;
}

export async function removeWebhookEndpoint(db: Database, agencyId: string): Promise<boolean> {
  const rows = await db
    .delete(webhookEndpoints)
    .where(eq(webhookEndpoints.agencyId, agencyId))
    .returning({ agencyId: webhookEndpoints.agencyId });
  return rows.length > 0;
}

/** Where to post and every secret that signs right now (the current one first). */
export async function endpointForDelivery(
  db: Database,
  agencyId: string,
  options: { secretsKey: Buffer; now: Date },
): Promise<{ url: string; secrets: string[] } | null> {
  const row = await endpointRow(db, agencyId);
  if (!row) return null;
  const secrets = [openSecret(options.secretsKey, row.sealedSecret, agencyId)];
  if (
    row.previousSealedSecret &&
    row.previousSecretExpiresAt &&
    row.previousSecretExpiresAt > options.now
  )
    secrets.push(openSecret(options.secretsKey, row.previousSealedSecret, agencyId));
  return { url: row.url, secrets };
}
