import type { FastifyInstance, FastifyRequest } from "fastify";
import { ApiError } from "./error-body.js";

export const TRPC_BASE = "/api/trpc";
export const TRPC_ROUTE = `${TRPC_BASE}/:path`;

/** The most calls one tRPC batch may carry; each one counts against the rate limit. */
export const MAX_BATCH_CALLS = 10;

/**
 * The procedures a request to the tRPC route calls (null for any other route), read exactly as
 * tRPC's `resolveResponse` reads them from the same `path` parameter: decoded once more, split
 * on commas when `batch=1`. A path that does not decode is one call (tRPC answers it 400).
 */
export function trpcCallsOf(request: FastifyRequest): string[] | null {
  if (request.routeOptions.url !== TRPC_ROUTE) return null;
  const raw = (request.params as { path?: string }).path ?? "";
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return [raw];
  }
  const batch = new URL(request.url, "http://localhost").searchParams.get("batch") === "1";
  return batch ? path.split(",") : [path];
}

/** A batch over the cap answers 400 before it is counted or read. */
export function registerBatchCap(app: FastifyInstance): void {
  app.addHook("onRequest", (request, _reply, done) => {
    const calls = trpcCallsOf(request)?.length ?? 0;
    if (calls <= MAX_BATCH_CALLS) {
      done();
      return;
    }
    done(
      new ApiError(
        400,
        `A batch may hold at most ${MAX_BATCH_CALLS} calls; this one has ${calls}. Send them in smaller batches (httpBatchLink's maxItems option does it).`,
      ),
    );
  });
}
