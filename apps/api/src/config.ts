import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseOptions } from "./db/create-database.js";
import type { SecretsKeyConfig } from "./security/secrets-key.js";
import type { ShutdownOptions } from "./lifecycle/shutdown.js";

export interface RateLimitConfig {
  /** Requests per window for an anonymous caller (per IP). */
  anonymousMax: number;
  /** Requests per window for a caller with a valid secret key (per key). */
  keyMax: number;
  /** Consented shares per window per agency (publishable key), whoever sends them. */
  sharesMax: number;
  windowMs: number;
  /** `redis://…`: share the counters between API processes; memory otherwise. */
  redisUrl?: string | undefined;
  /** Prefix of the Redis keys, so deployments (and test runs) sharing a Redis never mix counters. */
  redisPrefix?: string | undefined;
  /** How long a Redis command may take before the request is counted in memory instead. */
  storeTimeoutMs?: number | undefined;
}

/** How the webhook outbox delivers; every duration is configurable so tests wait for conditions. */
export interface WebhookConfig {
  /** Delay before the first retry; each later retry waits twice as long as the one before. */
  retryBaseMs: number;
  /** The longest wait between two attempts. */
  retryMaxMs: number;
  /** Attempts in all (the first included) before a delivery is marked failed. */
  maxAttempts: number;
  /** How often a process looks for due deliveries. */
  pollMs: number;
  /** How long a receiver has to answer one attempt. */
  timeoutMs: number;
  /** Whether endpoints on this machine (http://localhost, 127.0.0.1) may receive events. */
  allowLoopback: boolean;
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
  secrets: SecretsKeyConfig;
  webhooks: WebhookConfig;
  /** On SIGTERM: how long to drain (readiness 503) before closing, then the in-flight grace. */
  shutdown: ShutdownOptions;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const DEFAULT_RATE_LIMIT: RateLimitConfig = {
  anonymousMax: 120,
  keyMax: 1200,
  sharesMax: 30,
  windowMs: 60_000,
};

export const DEFAULT_SHUTDOWN: ShutdownOptions = { drainMs: 5000, graceMs: 10_000 };

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export const DEFAULT_WEBHOOKS: Omit<WebhookConfig, "allowLoopback"> = {
  retryBaseMs: 60_000,
  retryMaxMs: 6 * 3_600_000,
  maxAttempts: 10,
  pollMs: 1000,
  timeoutMs: 10_000,
};

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

function webhooksFromEnv(env: NodeJS.ProcessEnv, host: string): WebhookConfig {
  const allow = env.WEBHOOK_ALLOW_LOOPBACK;
  return {
    retryBaseMs: positiveInt(env.WEBHOOK_RETRY_BASE_MS, DEFAULT_WEBHOOKS.retryBaseMs),
    retryMaxMs: positiveInt(env.WEBHOOK_RETRY_MAX_MS, DEFAULT_WEBHOOKS.retryMaxMs),
    maxAttempts: positiveInt(env.WEBHOOK_MAX_ATTEMPTS, DEFAULT_WEBHOOKS.maxAttempts),
    pollMs: positiveInt(env.WEBHOOK_POLL_MS, DEFAULT_WEBHOOKS.pollMs),
    timeoutMs: positiveInt(env.WEBHOOK_TIMEOUT_MS, DEFAULT_WEBHOOKS.timeoutMs),
    // A server listening on loopback is someone's own machine: local receivers are what they test
    // with. A server open to the network refuses them unless told otherwise.
    allowLoopback:
      allow === undefined || allow === ""
        ? LOOPBACK_HOSTS.has(host)
        : allow === "1" || allow === "true",
  };
}

function nonNegativeInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && value !== "" && Number.isInteger(parsed) && parsed >= 0
    ? parsed
    : fallback;
}

/** Reads the environment once, in `main.ts`; everything else takes an `AppConfig`. */
export function configFromEnv(env: NodeJS.ProcessEnv): AppConfig {
  const databaseUrl = env.DATABASE_URL;
  const host = env.HOST ?? "127.0.0.1";
  const dataDir = path.resolve(env.REBOUND_DATA_DIR ?? "./.data");
  return {
    database:
      databaseUrl !== undefined && databaseUrl !== ""
        ? { kind: "postgres", url: databaseUrl }
        : { kind: "pglite", dataDir },
    port: env.PORT === "0" ? 0 : positiveInt(env.PORT, 3000),
    host,
    rateLimit: {
      anonymousMax: positiveInt(env.RATE_LIMIT_ANONYMOUS, DEFAULT_RATE_LIMIT.anonymousMax),
      keyMax: positiveInt(env.RATE_LIMIT_KEY, DEFAULT_RATE_LIMIT.keyMax),
      sharesMax: positiveInt(env.RATE_LIMIT_SHARES, DEFAULT_RATE_LIMIT.sharesMax),
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
    secrets: {
      key: env.REBOUND_SECRETS_KEY === "" ? undefined : env.REBOUND_SECRETS_KEY,
      keyFile: path.resolve(env.REBOUND_SECRETS_KEY_FILE ?? path.join(dataDir, "secrets.key")),
    },
    webhooks: webhooksFromEnv(env, host),
    shutdown: {
      drainMs: nonNegativeInt(env.SHUTDOWN_DRAIN_MS, DEFAULT_SHUTDOWN.drainMs),
      graceMs: positiveInt(env.SHUTDOWN_GRACE_MS, DEFAULT_SHUTDOWN.graceMs),
    },
  };
}

/** For the start banner: which database, without credentials. */
export function describeDatabase(options: DatabaseOptions): string {
  if (options.kind === "postgres") return "PostgreSQL from DATABASE_URL";
  return options.dataDir === undefined
    ? "embedded database in memory"
    : `embedded database in ${options.dataDir}`;
}
