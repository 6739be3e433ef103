import { z } from "zod";
import { notFound } from "../errors.js";
import { sha256 } from "../security/secrets.js";
import { rollSecretKey } from "../store/secret-keys.js";
import { agencyProcedure } from "../trpc.js";

/** A week at most: long enough to redeploy every system that holds the key. */
export const MAX_KEY_OVERLAP_MINUTES = 7 * 24 * 60;

export const OverlapMinutesSchema = z
  .number({ error: "overlapMinutes must be a number of minutes." })
  .int({ error: "overlapMinutes must be a whole number of minutes." })
  .min(0, { error: "overlapMinutes cannot be negative." })
  .max(MAX_KEY_OVERLAP_MINUTES, { error: "overlapMinutes is at most 10080 (a week)." })
  .default(0);

export const agencyKeyProcedures = {
  rollSecretKey: agencyProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/agency/secret-key/roll",
        errorResponses: [404],
        tags: ["agency"],
        protect: true,
        summary:
          "Replace the secret key (shown once); the old one stops at once or after an overlap",
      },
    })
    .input(z.object({ overlapMinutes: OverlapMinutesSchema }))
    .output(z.object({ secretKey: z.string(), previousKeyExpiresAt: z.string().nullable() }))
    .mutation(async ({ ctx, input }) => {
      const rolled = await rollSecretKey(ctx.db, ctx.agencyId, {
        overlapMs: input.overlapMinutes * 60_000,
        now: ctx.now(),
        // The dashboard session that asked stays signed in; every other one ends.
        keepSessionHash:
          ctx.auth.via === "session" && ctx.sessionToken ? sha256(ctx.sessionToken) : undefined,
      });
      if (!rolled) throw notFound("Agency");
      return rolled;
    }),
};
