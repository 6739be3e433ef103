import type { FastifyBaseLogger } from "fastify";
import { Redis } from "ioredis";
import { MemoryCounterStore, type CounterStore, type WindowCount } from "./counter-store.js";

/** Adds the weight and starts the window's expiry on its first hit, in one round trip. */
const HIT_SCRIPT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  ttl = tonumber(ARGV[2])
end
return { count, ttl }`;

interface HitCommand {
  reboundHit(key: string, weight: number, windowMs: number): Promise<[number, number]>;
}

export type SharedStoreState = "connecting" | "ok" | "unreachable";

export interface RedisStoreOptions {
  url: string;
  prefix: string;
  /** How long a command may take before Redis counts as down for this request. */
  timeoutMs: number;
  log: FastifyBaseLogger;
}

/** How often a Redis that stopped answering (but kept its connection) is asked again. */
const PROBE_INTERVAL_MS = 1000;

/**
 * Counters in Redis, shared by every API process, failing open to this process's own counters:
 * while Redis is unreachable (disconnected, or not answering within `timeoutMs`) every hit goes
 * to memory at once, without waiting for Redis. The outage is logged once, the recovery once,
 * and ioredis reconnects by itself (a stalled connection is probed with PING).
 */
export class RedisCounterStore implements CounterStore {
  private readonly redis: Redis & HitCommand;
  private readonly fallback = new MemoryCounterStore();
  private current: SharedStoreState = "connecting";
  private probe: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: RedisStoreOptions) {
    const redis = new Redis(options.url, {
      keyPrefix: options.prefix,
      // Fail a command at once while disconnected instead of queueing it until Redis returns.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.timeoutMs,
      // No request waits on a connection being made (they count in memory meanwhile), so a
      // slow connect may take its time rather than flap between up and down.
      connectTimeout: 10_000,
      retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
    });
    redis.defineCommand("reboundHit", { numberOfKeys: 1, lua: HIT_SCRIPT });
    this.redis = redis as Redis & HitCommand;
    // Listening to "error" also keeps ioredis from printing every failed reconnection.
    redis.on("error", (error: NodeJS.ErrnoException) => this.unreachable(error));
    redis.on("close", () => this.unreachable());
    redis.on("ready", () => this.reachable());
  }

  get state(): SharedStoreState {
    return this.current;
  }

  hit(key: string, weight: number, windowMs: number): WindowCount | Promise<WindowCount> {
    if (this.current !== "ok") return this.fallback.hit(key, weight, windowMs);
    return this.redis.reboundHit(key, weight, windowMs).then(
      ([count, ttl]) => ({ count, resetInMs: Math.max(ttl, 0) }),
      (error: unknown) => {
        this.unreachable(error as NodeJS.ErrnoException);
        this.probeUntilAnswered();
        return this.fallback.hit(key, weight, windowMs);
      },
    );
  }

  /** Drops the connection at once: counters need no flushing, and QUIT would wait on a dead Redis. */
  close(): void {
    this.closed = true;
    clearTimeout(this.probe);
    this.redis.disconnect();
  }

  private unreachable(error?: NodeJS.ErrnoException): void {
    if (this.closed) return;
    // Only the error's code or ioredis's own message: never the URL, which may hold a password.
    const reason = error?.code ?? error?.message ?? "connection closed";
    if (this.current === "unreachable") {
      if (error !== undefined)
        this.options.log.debug({ reason }, "rate-limit store still unreachable");
      return;
    }
    this.current = "unreachable";
    this.options.log.warn(
      { rateLimitStore: "redis", reason },
      "rate-limit store unreachable: counting in this process until it answers again",
    );
  }

  private reachable(): void {
    const wasDown = this.current === "unreachable";
    this.current = "ok";
    clearTimeout(this.probe);
    this.probe = undefined;
    if (wasDown)
      this.options.log.info({ rateLimitStore: "redis" }, "rate-limit store reachable again");
  }

  /** A connection that stays open but stopped answering fires no event: ask it until it answers. */
  private probeUntilAnswered(): void {
    if (this.probe !== undefined || this.closed) return;
    const ask = (): void => {
      this.probe = setTimeout(() => {
        if (this.redis.status !== "ready") return ask(); // reconnecting: "ready" will tell
        this.redis.ping().then(
          () => this.reachable(),
          () => ask(),
        );
      }, PROBE_INTERVAL_MS);
      this.probe.unref();
    };
    ask();
  }
}
