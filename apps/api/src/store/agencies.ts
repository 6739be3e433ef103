import { randomUUID } from "node:crypto";
import {
  AgencyNameSchema,
  AllowedOriginSchema,
  AllowedOriginsSchema,
  readStoredAgencyCopy,
  ThemeTokensSchema,
  WidgetModesSchema,
  type AgencyCopy,
  type ThemeTokens,
  type WidgetMode,
} from "@rebound/core";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { agencies } from "../db/schema.js";
import { newPublishableKey, newSecretKey } from "../security/api-keys.js";
import { hashSecret } from "../security/secrets.js";

/** An agency as the API shows it: never its key hash. */
export interface Agency {
  id: string;
  name: string;
  publishableKey: string;
  origins: string[];
  theme: ThemeTokens;
  copy: AgencyCopy;
  modes: WidgetMode[];
}

export interface CreatedAgency {
  agency: Agency;
  /** Shown once, at creation; only its hash is stored. */
  secretKey: string;
}

type AgencyRow = typeof agencies.$inferSelect;

/**
 * Stored JSON is re-read through the core schemas, leniently: a value written under older, looser
 * rules (a wildcard origin, a title over today's limit) is dropped or replaced by its default, so
 * reading an agency never fails and a tenant always gets valid values back.
 */
function toAgency(row: AgencyRow): Agency {
  const origins = Array.isArray(row.origins) ? (row.origins as unknown[]) : [];
  return {
    id: row.id,
    name: row.name,
    publishableKey: row.publishableKey,
    origins: origins.filter(
      (origin): origin is string => AllowedOriginSchema.safeParse(origin).success,
    ),
    theme: ThemeTokensSchema.catch(ThemeTokensSchema.parse({})).parse(row.theme),
    copy: readStoredAgencyCopy(row.copy, row.name),
    modes: WidgetModesSchema.catch(["inline"]).parse(row.modes),
  };
}

export async function createAgency(
  db: Database,
  input: { name: string; origins: string[] },
): Promise<CreatedAgency> {
  const name = AgencyNameSchema.parse(input.name);
  const origins = AllowedOriginsSchema.parse(input.origins);
  const secret = newSecretKey();
  const [row] = await db
    .insert(agencies)
    .values({
      id: randomUUID(),
      name,
      publishableKey: newPublishableKey(),
      secretKeyId: secret.keyId,
      secretKeyHash: await hashSecret(secret.secret),
      origins,
      copy: { title: name },
    })
    .returning();
  if (!row) throw new Error("Inserting the agency returned no row.");
  return { agency: toAgency(row), secretKey: secret.key };
}

export async function findAgencyById(db: Database, id: string): Promise<Agency | null> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id)).limit(1);
  return row ? toAgency(row) : null;
}

export async function findAgencyByPublishableKey(
  db: Database,
  key: string,
): Promise<Agency | null> {
  const [row] = await db.select().from(agencies).where(eq(agencies.publishableKey, key)).limit(1);
  return row ? toAgency(row) : null;
}

export interface AgencyChanges {
  origins?: string[] | undefined;
  theme?: ThemeTokens | undefined;
  copy?: AgencyCopy | undefined;
  modes?: WidgetMode[] | undefined;
}

export async function updateAgency(
  db: Database,
  id: string,
  changes: AgencyChanges,
): Promise<Agency | null> {
  const values = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  );
  if (Object.keys(values).length === 0) return findAgencyById(db, id);
  const [row] = await db.update(agencies).set(values).where(eq(agencies.id, id)).returning();
  return row ? toAgency(row) : null;
}

/** Whether some agency lists this origin: decides CORS for the publishable (widget) endpoints. */
export async function isOriginOfAnyAgency(db: Database, origin: string): Promise<boolean> {
  const rows = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(sql`${agencies.origins} @> ${JSON.stringify([origin])}::jsonb`)
    .limit(1);
  return rows.length > 0;
}
