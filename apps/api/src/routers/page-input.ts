import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { decodeCursor, type PageCursor } from "../store/page-cursor.js";

/** `cursor` from the previous page's `nextCursor`; `limit` rows per page (both optional). */
export const PageInputSchema = z
  .object({
    cursor: z.string().max(500, { error: "cursor is too long." }).optional(),
    limit: z
      .number()
      .int()
      .min(1, { error: "limit is at least 1." })
      .max(100, { error: "limit is at most 100." })
      .default(50),
  })
  .optional();

export function pageOf(input: z.output<typeof PageInputSchema>): {
  cursor: PageCursor | null;
  limit: number;
} {
  if (input?.cursor === undefined) return { cursor: null, limit: input?.limit ?? 50 };
  const cursor = decodeCursor(input.cursor);
  if (cursor === null)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "cursor: pass back a nextCursor exactly as this API returned it.",
    });
  return { cursor, limit: input.limit };
}
