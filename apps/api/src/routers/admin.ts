import { AgencyNameSchema, AllowedOriginsSchema } from "@rebound/core";
import { z } from "zod";
import { createAgency } from "../store/agencies.js";
import { adminProcedure, router } from "../trpc.js";
import { AgencyOutputSchema } from "./agency-output.js";

/** Operator-only: the same agency creation as the CLI, for a remote deployment. */
export const adminRouter = router({
  createAgency: adminProcedure
    .input(
      z.object({
        name: AgencyNameSchema,
        origins: AllowedOriginsSchema.default([]),
      }),
    )
    .output(z.object({ agency: AgencyOutputSchema, secretKey: z.string() }))
    .mutation(({ ctx, input }) => createAgency(ctx.db, input)),
});
