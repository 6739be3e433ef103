import { sql } from "drizzle-orm";
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

/**
 * A tenant: a recruitment agency or a third-party API client. The publishable key only
 * identifies it; the secret key is stored as `secretKeyId` (to find the row) plus an scrypt
 * hash of the secret part. After a roll with an overlap, the previous key stays valid (same
 * form, hashed) until `previousSecretKeyExpiresAt`.
 */
export const agencies = pgTable("agencies", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  publishableKey: text("publishable_key").notNull().unique(),
  secretKeyId: text("secret_key_id").notNull().unique(),
  secretKeyHash: text("secret_key_hash").notNull(),
  previousSecretKeyId: text("previous_secret_key_id").unique(),
  previousSecretKeyHash: text("previous_secret_key_hash"),
  previousSecretKeyExpiresAt: timestamp("previous_secret_key_expires_at", { withTimezone: true }),
  origins: jsonb("origins")
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  theme: jsonb("theme")
    .$type<Record<string, unknown>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  copy: jsonb("copy")
    .$type<Record<string, unknown>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  modes: jsonb("modes")
    .$type<string[]>()
    .notNull()
    .default(sql`'["inline","popup","floatingButton"]'::jsonb`),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Dashboard sessions: only the hash of the cookie value is kept. */
export const sessions = pgTable("sessions", {
  tokenHash: text("token_hash").primaryKey(),
  agencyId: text("agency_id")
    .notNull()
    .references(() => agencies.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

/** A saved debrief, reachable only with its resume token (stored as a hash). */
export const savedDebriefs = pgTable("saved_debriefs", {
  id: text("id").primaryKey(),
  tokenHash: text("token_hash").notNull(),
  debrief: jsonb("debrief").$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A summary a candidate explicitly chose to send to an agency. */
export const shares = pgTable(
  "shares",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull(),
    // Milliseconds, as JavaScript dates hold them: a page cursor made from a row finds it again.
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [index("shares_agency_created_idx").on(table.agencyId, table.createdAt)],
);

/** Counts per agency per day: numbers only, no personal data. */
export const usageDays = pgTable(
  "usage_days",
  {
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    plansBuilt: integer("plans_built").notNull().default(0),
    draftsCopied: integer("drafts_copied").notNull().default(0),
    shares: integer("shares").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.agencyId, table.day] })],
);

/**
 * An `Idempotency-Key` a caller sent on a POST that creates something, for 24 hours: the
 * request's hash and, once done, its answer. The key itself is stored hashed, and the answer
 * (a resume token, say) encrypted with a key derived from it: a database reader learns neither.
 * `responseStatus` is null while the first request is still running.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    scope: text("scope").notNull(),
    keyHash: text("key_hash").notNull(),
    requestHash: text("request_hash").notNull(),
    responseStatus: integer("response_status"),
    responseSealed: text("response_sealed"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.scope, table.keyHash] }),
    index("idempotency_keys_created_idx").on(table.createdAt),
  ],
);

/**
 * Where an agency's systems receive signed events. The signing secret must be usable to sign, so
 * it cannot be hashed: it is sealed with AES-256-GCM under the server's secrets key (see
 * security/secret-box.ts), bound to the agency's id. A rolled secret may keep signing alongside
 * the new one until `previousSecretExpiresAt`.
 */
export const webhookEndpoints = pgTable("webhook_endpoints", {
  agencyId: text("agency_id")
    .primaryKey()
    .references(() => agencies.id, { onDelete: "cascade" }),
  url: text("url").notNull(),
  sealedSecret: text("sealed_secret").notNull(),
  previousSealedSecret: text("previous_sealed_secret"),
  previousSecretExpiresAt: timestamp("previous_secret_expires_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The outbox: one row per event to deliver, written in the same transaction as what it reports.
 * A dispatcher claims due rows (`claimedUntil` is its lease, so a crashed process's claim lapses),
 * posts them, and records the outcome; failures come back after an exponential backoff until
 * `failed`. `payload` is the exact body sent; it is wiped when the share it carries is deleted.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id, { onDelete: "cascade" }),
    eventType: text("event_type").notNull(),
    shareId: text("share_id"),
    payload: jsonb("payload").$type<Record<string, unknown>>(),
    status: text("status").$type<"pending" | "delivered" | "failed">().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (table) => [
    index("webhook_deliveries_due_idx").on(table.status, table.nextAttemptAt),
    index("webhook_deliveries_agency_created_idx").on(table.agencyId, table.createdAt),
    index("webhook_deliveries_share_idx").on(table.shareId),
  ],
);

export const schema = {
  agencies,
  sessions,
  savedDebriefs,
  shares,
  usageDays,
  idempotencyKeys,
  webhookEndpoints,
  webhookDeliveries,
};
