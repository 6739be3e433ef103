import type { AnyProcedure } from "@trpc/server";
import { appRouter } from "../app-router.js";
import type { Context } from "../context.js";
import { createCallerFactory } from "../trpc.js";

type Call = (input: unknown) => Promise<unknown>;

/** Every procedure by its dotted path (`plan.build`), as tRPC keeps them at run time. */
// The declared type describes the nested record; the value is flat.
export const PROCEDURES = appRouter._def.procedures as unknown as Readonly<
  Record<string, AnyProcedure | undefined>
>;

const createCaller = createCallerFactory(appRouter);

/**
 * Calls one procedure through tRPC's own server-side caller: input validation, middlewares and
 * output validation run exactly as over tRPC's HTTP handler.
 */
export function callProcedure(ctx: Context, segments: readonly string[], input: unknown) {
  let node: unknown = createCaller(ctx);
  for (const segment of segments) node = (node as Record<string, unknown>)[segment];
  return (node as Call)(input);
}
