import type { FastifyBaseLogger } from "fastify";
import type { RateLimitConfig } from "../config.js";
import { MemoryCounterStore, type CounterStore, type WindowCount } from "./counter-store.js";
import { RedisCounterStore } from "./redis-counter-store.js";

/** The budgets counted apart: requests per IP, requests per agency key, shares per agency. */
export type Budget = "anonymous" | "key" | "shares";

export interface Verdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  resetInSeconds: number;
}

export type RateLimitStoreState = "memory" | "redis" | "redis connecting" | "redis unreachable";

export interface RateLimiter {
  /** Counts `cost` units for `key` against `budget` and says whether they fit. */
  take(budget: Budget, key: string, cost: number): Verdict | Promise<Verdict>;
  /** For /readyz: where the counters live right now. */
  storeState(): RateLimitStoreState;
  close(): void;
}

/** How long a Redis command may take before the request is counted in memory instead. */
export const DEFAULT_STORE_TIMEOUT_MS = 500;

export function createRateLimiter(config: RateLimitConfig, log: FastifyBaseLogger): RateLimiter {
  const redis =
    config.redisUrl === undefined
      ? undefined
      : new RedisCounterStore({
          url: config.redisUrl,
          prefix: config.redisPrefix ?? "rebound-rl:",
          timeoutMs: config.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS,
          log,
        });
  const store: CounterStore = redis ?? new MemoryCounterStore();
  const max: Record<Budget, number> = {
    anonymous: config.anonymousMax,
    key: config.keyMax,
    shares: config.sharesMax,
  };

  const verdict = (limit: number, { count, resetInMs }: WindowCount): Verdict => ({
    allowed: count <= limit,
    limit,
    remaining: Math.max(limit - count, 0),
    resetInSeconds: Math.max(Math.ceil(resetInMs / 1000), 1),
  });

  return {
    take(budget, key, cost) {
      const limit = max[budget];
      const counted = store.hit(`${budget}:${key}`, cost, config.windowMs);
      return counted instanceof Promise
        ? counted.then((count) => verdict(limit, count))
        : verdict(limit, counted);
    },
    storeState() {
      if (redis === undefined) return "memory";
      return redis.state === "ok" ? "redis" : `redis ${redis.state}`;
    },
    close() {
      redis?.close();
    },
  };
}
