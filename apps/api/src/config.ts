import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseOptions } from "./db/create-database.js";

export interface RateLimitConfig {
  /** Requests per window for an anonymous caller (per IP). */
  anonymousMax: number;
  /** Requests per window for a caller with a valid secret key (per key). */
  keyMax: number;
  windowMs: number;
  /** `redis://…`: share the counters between API processes; memory otherwise. */
  redisUrl?: string | undefined;
  /** Prefix of the Redis keys, so deployments (and test runs) sharing a Redis never mix counters. */
  redisPrefix?: string | undefined;
}

export interface AppConfig {
  database: DatabaseOptions;
  port: number;
  host: string;
  rateLimit: RateLimitConfig;
  /** Largest accepted request body in bytes (413 beyond). */
  bodyLimit: number;
  webDist: string;
  embedDist: string;
  /** Bearer token for the admin procedures; admin is disabled when unset. */
  adminToken?: string | undefined;
  /** Honour X-Forwarded-* (behind a proxy) for the client IP and https. */
  trustProxy: boolean;
  logLevel: string;
  /** Public `Host` values /mcp answers to besides loopback (DNS-rebinding protection). */
  mcpAllowedHosts?: string[] | undefined;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const DEFAULT_RATE_LIMIT: RateLimitConfig = {
  anonymousMax: 120,
  keyMax: 1200,
  windowMs: 60_000,
};

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** Reads the environment once, in `main.ts`; everything else takes an `AppConfig`. */
export function configFromEnv(env: NodeJS.ProcessEnv): AppConfig {
  const databaseUrl = env.DATABASE_URL;
  return {
    database:
      databaseUrl !== undefined && databaseUrl !== ""
        ? { kind: "postgres", url: databaseUrl }
        : { kind: "pglite", dataDir: path.resolve(env.REBOUND_DATA_DIR ?? "./.data") },
    port: env.PORT === "0" ? 0 : positiveInt(env.PORT, 3000),
    host: env.HOST ?? "127.0.0.1",
    rateLimit: {
      anonymousMax: positiveInt(env.RATE_LIMIT_ANONYMOUS, DEFAULT_RATE_LIMIT.anonymousMax),
      keyMax: positiveInt(env.RATE_LIMIT_KEY, DEFAULT_RATE_LIMIT.keyMax),
      windowMs: positiveInt(env.RATE_LIMIT_WINDOW_MS, DEFAULT_RATE_LIMIT.windowMs),
      redisUrl: env.REDIS_URL === "" ? undefined : env.REDIS_URL,
    },
    bodyLimit: positiveInt(env.BODY_LIMIT_BYTES, 256 * 1024),
    webDist: path.resolve(env.REBOUND_WEB_DIST ?? path.join(repoRoot, "apps/web/dist")),
    embedDist: path.resolve(env.REBOUND_EMBED_DIST ?? path.join(repoRoot, "packages/embed/dist")),
    adminToken: env.REBOUND_ADMIN_TOKEN === "" ? undefined : env.REBOUND_ADMIN_TOKEN,
    trustProxy: env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true",
    logLevel: env.LOG_LEVEL ?? "info",
    mcpAllowedHosts: (env.MCP_ALLOWED_HOSTS ?? "")
      .split(",")
      .map((host) => host.trim())
      .filter((host) => host !== ""),
  };
}

/** For the start banner: which database, without credentials. */
export function describeDatabase(options: DatabaseOptions): string {
  if (options.kind === "postgres") return "PostgreSQL from DATABASE_URL";
  return options.dataDir === undefined
    ? "embedded database in memory"
    : `embedded database in ${options.dataDir}`;
}
