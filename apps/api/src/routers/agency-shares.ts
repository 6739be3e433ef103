import { ShareSummarySchema } from "@rebound/core";
import { z } from "zod";
import { notFound } from "../errors.js";
import { deleteShare, listShares } from "../store/shares.js";
import { agencyProcedure } from "../trpc.js";
import { pageOf, PageInputSchema } from "./page-input.js";

const tags = ["agency"];
const protect = true;

const ShareSchema = z.object({
  id: z.string(),
  summary: ShareSummarySchema,
  createdAt: z.string(),
});

/** The summaries candidates chose to send: paged, deletable, exportable (see http/shares-csv.ts). */
export const agencyShareProcedures = {
  shares: agencyProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/agency/shares",
        tags,
        protect,
        summary: "Summaries candidates chose to send you, newest first, a page at a time",
      },
    })
    .input(PageInputSchema)
    .output(z.object({ items: z.array(ShareSchema), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listShares(ctx.db, ctx.agencyId, pageOf(input))),

  deleteShare: agencyProcedure
    .meta({
      openapi: {
        method: "DELETE",
        path: "/agency/shares",
        tags,
        protect,
        errorResponses: [404],
        summary: "Delete a share for good (a candidate's erasure request)",
      },
    })
    .input(z.object({ id: z.uuid({ error: "id must be a share id." }) }))
    .output(z.object({ deleted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      if (!(await deleteShare(ctx.db, ctx.agencyId, input.id, ctx.now()))) throw notFound("Share");
      return { deleted: true as const };
    }),
};
