import { debriefIssueMessage } from "@rebound/core";
import { initTRPC, TRPCError } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import type { Context } from "./context.js";
import {
  describeProcedureError,
  fieldIssuesOf,
  InvalidInputError,
  summariseIssues,
  unauthorized,
} from "./errors.js";

// Inputs are checked by core's schemas; where they leave a message to zod (a missing section, an
// unknown option, a wrong type), answer in the same plain words the app shows.
z.config({ customError: debriefIssueMessage });

const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      const { message, issues } = describeProcedureError(error);
      return {
        ...shape,
        message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          requestId: ctx?.requestId,
          issues,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure's boundary, one middleware (each tRPC middleware level copies the call's
 * options twice, and this runs on every call):
 * - a bearer token that is not a valid key answers 401 everywhere, even where no key is needed:
 *   a caller with a typo in its key learns it at once instead of being served as anonymous;
 * - a bad input (the zod error `.input()` raises) becomes an `InvalidInputError` carrying field
 *   paths, so tRPC and REST callers get the same 400 body and message.
 */
const boundary = t.middleware(async ({ ctx, next }) => {
  if (ctx.auth.invalidKey) throw unauthorized("That API key is not valid.");
  const result = await next();
  if (
    !result.ok &&
    result.error.code === "BAD_REQUEST" &&
    result.error.cause instanceof z.ZodError
  ) {
    const issues = fieldIssuesOf(result.error.cause) ?? [];
    const message = summariseIssues(issues);
    throw new TRPCError({
      code: "BAD_REQUEST",
      message,
      cause: new InvalidInputError(message, issues),
    });
  }
  return result;
});

/** Anyone (rate-limited per IP, or per key when one is sent). */
export const publicProcedure = t.procedure.use(boundary);

/** A tenant: a valid secret key (`Authorization: Bearer sk_…`) or a dashboard session. */
export const agencyProcedure = publicProcedure.use(({ ctx, next }) => {
  const agencyId = ctx.auth.agencyId;
  if (agencyId === null || ctx.auth.via === "admin") {
    throw unauthorized("Send a secret key or sign in.");
  }
  return next({ ctx: { ...ctx, agencyId } });
});

/** The operator, with `REBOUND_ADMIN_TOKEN` as bearer token. */
export const adminProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.auth.via !== "admin") throw unauthorized("Admin token required.");
  return next();
});
