import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Database } from "../db/create-database.js";
import { usageDays } from "../db/schema.js";

export type UsageCounter = "plansBuilt" | "draftsCopied" | "shares";

export interface UsageDay {
  day: string;
  plansBuilt: number;
  draftsCopied: number;
  shares: number;
}

/** The UTC calendar day of an instant, as `YYYY-MM-DD`. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Adds one to a counter for today, creating the day's row on first use (one atomic upsert). */
export async function countUsage(
  db: Database,
  agencyId: string,
  counter: UsageCounter,
  now: Date,
): Promise<void> {
  const column = usageDays[counter];
  await db
    .insert(usageDays)
    .values({ agencyId, day: utcDay(now), [counter]: 1 })
    .onConflictDoUpdate({
      target: [usageDays.agencyId, usageDays.day],
      set: { [counter]: sql`${column} + 1` },
    });
}

export async function usageSince(
  db: Database,
  agencyId: string,
  days: number,
  now: Date,
): Promise<UsageDay[]> {
  const from = utcDay(new Date(now.getTime() - (days - 1) * 86_400_000));
  const rows = await db
    .select()
    .from(usageDays)
    .where(and(eq(usageDays.agencyId, agencyId), gte(usageDays.day, from)))
    .orderBy(asc(usageDays.day));
  return rows.map(({ day, plansBuilt, draftsCopied, shares }) => ({
    day,
    plansBuilt,
    draftsCopied,
    shares,
  }));
}
