import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";

/**
 * Keyset paging, newest first: a cursor is the (createdAt, id) of the last row a page showed,
 * opaque to callers (base64url JSON). Ties on createdAt are broken by id, so no row is skipped or
 * shown twice however many share one millisecond.
 */
export interface PageCursor {
  createdAt: Date;
  id: string;
}

const CursorSchema = z.object({ t: z.iso.datetime(), i: z.string().min(1).max(100) });

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.createdAt.toISOString(), i: cursor.id })).toString(
    "base64url",
  );
}

/** The cursor, or null when the text is not one this server made. */
export function decodeCursor(text: string): PageCursor | null {
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString()));
    return parsed.success ? { createdAt: new Date(parsed.data.t), id: parsed.data.i } : null;
  } catch {
    return null;
  }
}

/** The WHERE part for rows after `cursor` and the ORDER BY for newest first. */
export function afterCursor(
  columns: { createdAt: PgColumn; id: PgColumn },
  cursor: PageCursor | null,
): { where: SQL | undefined; orderBy: SQL[] } {
  const where =
    cursor === null
      ? undefined
      : or(
          lt(columns.createdAt, cursor.createdAt),
          and(eq(columns.createdAt, cursor.createdAt), lt(columns.id, cursor.id)),
        );
  return { where, orderBy: [desc(columns.createdAt), desc(columns.id)] };
}

/** Splits a fetch of `limit + 1` rows into the page and the next cursor (null on the last page). */
export function toPage<Row extends { id: string; createdAt: Date }>(
  rows: Row[],
  limit: number,
): { rows: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
