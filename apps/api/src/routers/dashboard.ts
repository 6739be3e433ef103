import { z } from "zod";
import { unauthorized } from "../errors.js";
import { clearedSessionCookie, sessionCookie } from "../security/cookies.js";
import { findAgencyById } from "../store/agencies.js";
import { agencyIdForSecretKey } from "../store/secret-keys.js";
import { endSession, startSession } from "../store/sessions.js";
import { publicProcedure, router } from "../trpc.js";

/** The agency dashboard signs in with the secret key once, then holds an HttpOnly session cookie. */
export const dashboardRouter = router({
  signIn: publicProcedure
    .input(z.object({ secretKey: z.string().min(1, { error: "secretKey is required." }).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const agencyId = await agencyIdForSecretKey(ctx.db, input.secretKey, ctx.now());
      const agency = agencyId === null ? null : await findAgencyById(ctx.db, agencyId);
      if (!agency) throw unauthorized("That secret key is not valid.");
      ctx.setCookie(sessionCookie(await startSession(ctx.db, agency.id, ctx.now()), ctx.secure));
      return { agencyName: agency.name };
    }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken !== null) await endSession(ctx.db, ctx.sessionToken);
    ctx.setCookie(clearedSessionCookie(ctx.secure));
    return { signedOut: true as const };
  }),
});
