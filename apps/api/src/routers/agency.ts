import {
  AgencyCopySchema,
  AllowedOriginsSchema,
  ThemeTokensSchema,
  WidgetModesSchema,
} from "@rebound/core";
import { z } from "zod";
import { foundOr404 } from "../errors.js";
import { findAgencyById, updateAgency } from "../store/agencies.js";
import { usageSince } from "../store/usage.js";
import { agencyProcedure, router } from "../trpc.js";
import { agencyKeyProcedures } from "./agency-keys.js";
import { AgencyOutputSchema } from "./agency-output.js";
import { agencyShareProcedures } from "./agency-shares.js";

const tags = ["agency"];
const protect = true;

export const agencyRouter = router({
  ...agencyShareProcedures,
  ...agencyKeyProcedures,
  get: agencyProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/agency",
        tags,
        protect,
        errorResponses: [404],
        summary: "Your agency's settings",
      },
    })
    .input(z.void())
    .output(AgencyOutputSchema)
    .query(async ({ ctx }) => foundOr404(await findAgencyById(ctx.db, ctx.agencyId), "Agency")),

  update: agencyProcedure
    .meta({
      openapi: {
        method: "PATCH",
        path: "/agency",
        tags,
        protect,
        errorResponses: [404],
        summary: "Change origins, theme, copy or modes",
      },
    })
    .input(
      z.object({
        origins: AllowedOriginsSchema.optional(),
        theme: ThemeTokensSchema.optional(),
        copy: AgencyCopySchema.optional(),
        modes: WidgetModesSchema.optional(),
      }),
    )
    .output(AgencyOutputSchema)
    .mutation(async ({ ctx, input }) =>
      foundOr404(await updateAgency(ctx.db, ctx.agencyId, input), "Agency"),
    ),

  usage: agencyProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/agency/usage",
        tags,
        protect,
        summary: "Counts per day (no personal data)",
      },
    })
    .input(
      z.object({
        days: z
          .number()
          .int()
          .min(1, { error: "days is at least 1." })
          .max(366, { error: "days is at most 366." })
          .default(30),
      }),
    )
    .output(
      z.array(
        z.object({
          day: z.string(),
          plansBuilt: z.number(),
          draftsCopied: z.number(),
          shares: z.number(),
        }),
      ),
    )
    .query(({ ctx, input }) => usageSince(ctx.db, ctx.agencyId, input.days, ctx.now())),
});
