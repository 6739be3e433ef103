import type { FastifyInstance } from "fastify";
import type { RateLimiter, Verdict } from "../limits/rate-limiter.js";
import { waitInWords } from "../limits/wait-in-words.js";
import { ApiError } from "./error-body.js";
import { isApiRoute } from "./api-route.js";
import { trpcCallsOf } from "./trpc-calls.js";

/** 429, answered by the error handler in the one error shape, with the wait in the message as well as in Retry-After. */
export function tooManyRequests(seconds: number): ApiError {
  return new ApiError(429, `Too many requests: try again in ${waitInWords(seconds)}.`, {
    "retry-after": String(seconds),
  });
}

/**
 * Every request to an API route counts against its caller's budget: per agency for a valid
 * secret key or dashboard session (resolved by the auth hook, which runs before this one), per
 * IP otherwise. A tRPC batch counts one unit per call. It runs once the router has matched the
 * route, so however the path is spelled, what is limited is what would be served; pages,
 * assets, health checks and unknown paths are not counted.
 */
export function registerRateLimit(app: FastifyInstance, limiter: RateLimiter): void {
  app.addHook("onRequest", (request, reply, done) => {
    if (!isApiRoute(request)) {
      done();
      return;
    }
    const cost = trpcCallsOf(request)?.length ?? 1;
    const agencyId = request.auth.agencyId;
    const counted =
      agencyId === null
        ? limiter.take("anonymous", request.ip, cost)
        : limiter.take("key", agencyId, cost);
    const settle = (verdict: Verdict): void => {
      reply.headers({
        "x-ratelimit-limit": verdict.limit,
        "x-ratelimit-remaining": verdict.remaining,
        "x-ratelimit-reset": verdict.resetInSeconds,
      });
      if (verdict.allowed) {
        done();
        return;
      }
      done(tooManyRequests(verdict.resetInSeconds));
    };
    if (counted instanceof Promise) counted.then(settle, done);
    else settle(counted);
  });
}
