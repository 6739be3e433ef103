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
 * hash of the secret part.
 */
export const agencies = pgTable("agencies", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  publishableKey: text("publishable_key").notNull().unique(),
  secretKeyId: text("secret_key_id").notNull().unique(),
  secretKeyHash: text("secret_key_hash").notNull(),
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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
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

export const schema = { agencies, sessions, savedDebriefs, shares, usageDays, idempotencyKeys };
