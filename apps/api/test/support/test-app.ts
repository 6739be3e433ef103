import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect } from "vitest";
import type { AppConfig } from "../../src/config.js";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { buildServer } from "../../src/server.js";
import { recordErrorAnswers } from "./error-conformance.js";
import { createAgency, type CreatedAgency } from "../../src/store/agencies.js";
import type { DatabaseTarget } from "./databases.js";
import { TEST_NOW } from "./debrief.js";
import { TEST_SECRETS_KEY } from "./secrets.js";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");

export const AGENCY_ORIGIN = "https://careers.acme.example";
export const OTHER_ORIGIN = "https://evil.example";

/** Generous limits so only the rate-limit tests ever meet a 429; tiny fixture builds of web and embed. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    database: { kind: "pglite" },
    port: 0,
    host: "127.0.0.1",
    rateLimit: { anonymousMax: 10_000, keyMax: 10_000, sharesMax: 10_000, windowMs: 60_000 },
    bodyLimit: 64 * 1024,
    webDist: path.join(fixtures, "web"),
    embedDist: path.join(fixtures, "embed"),
    adminToken: "admin-token-for-tests-only-0123456789",
    trustProxy: false,
    logLevel: "silent",
    // A fixed key: sealed webhook secrets open across the restarts a test makes.
    secrets: { key: TEST_SECRETS_KEY, keyFile: "/nonexistent/secrets.key" },
    // Fast, so tests watching retries wait for conditions measured in milliseconds.
    webhooks: {
      retryBaseMs: 50,
      retryMaxMs: 400,
      maxAttempts: 3,
      // Suites that watch deliveries poll faster (see webhookTestConfig).
      pollMs: 1000,
      timeoutMs: 2000,
      allowLoopback: true,
    },
    shutdown: { drainMs: 0, graceMs: 10_000 },
    ...overrides,
  };
}

export interface TestApp {
  app: FastifyInstance;
  /** Every error answer that broke the documented error shape (asserted empty after the suite). */
  errorProblems: string[];
  agency: CreatedAgency;
  /** `Authorization` header with the agency's secret key. */
  bearer: { authorization: string };
}

export interface TestAppOptions {
  /** Where the server logs (at info level); nowhere when unset. */
  logTo?: NodeJS.WritableStream;
  /** For `useTestApp`: settings over `testConfig`'s. */
  config?: Partial<AppConfig>;
}

/**
 * The server alone, on an open database (which it leaves open when it closes); the clock is
 * TEST_NOW unless given, and it logs to `logTo` when given.
 */
export function buildTestServer(
  database: DatabaseHandle,
  overrides: Partial<AppConfig> = {},
  now: () => Date = () => TEST_NOW,
  logTo?: NodeJS.WritableStream,
): Promise<FastifyInstance> {
  return buildServer({
    config: testConfig(logTo ? { logLevel: "info", ...overrides } : overrides),
    database,
    now,
    logger: logTo ? { stream: logTo } : false,
  });
}

/** A server on an open database with one agency allowed on AGENCY_ORIGIN; the clock is TEST_NOW. */
export async function startTestApp(
  database: DatabaseHandle,
  overrides: Partial<AppConfig> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const app = await buildTestServer(database, overrides, () => TEST_NOW, options.logTo);
  const errorProblems = recordErrorAnswers(app);
  const agency = await createAgency(database.db, { name: "Acme Talent", origins: [AGENCY_ORIGIN] });
  return { app, errorProblems, agency, bearer: { authorization: `Bearer ${agency.secretKey}` } };
}

/** A suite's app and its database: read them inside tests, once `beforeAll` has opened them. */
export interface SuiteApp extends TestApp {
  readonly database: DatabaseHandle;
}

/** Opens `target`'s database and a test app before the suite's tests, and closes both after. */
export function useTestApp(target: DatabaseTarget, options: TestAppOptions = {}): SuiteApp {
  let opened: { database: DatabaseHandle; test: TestApp } | undefined;
  const current = () => {
    if (opened === undefined) throw new Error("useTestApp: read the app inside a test.");
    return opened;
  };
  beforeAll(async () => {
    const database = await target.open();
    opened = { database, test: await startTestApp(database, options.config, options) };
  });
  afterAll(async () => {
    await opened?.test.app.close();
    await opened?.database.close();
    // Every error answer the suite provoked matched the documented error shape.
    expect(opened?.test.errorProblems ?? []).toEqual([]);
  });
  return {
    get app() {
      return current().test.app;
    },
    get errorProblems() {
      return current().test.errorProblems;
    },
    get agency() {
      return current().test.agency;
    },
    get bearer() {
      return current().test.bearer;
    },
    get database() {
      return current().database;
    },
  };
}

/** A suite's app listening on a port the OS picks (for real HTTP clients), and its database. */
export interface ListeningSuiteApp extends SuiteApp {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
}

/** Like `useTestApp`, listening on loopback: for clients that speak real HTTP. */
export function useListeningApp(target: DatabaseTarget): ListeningSuiteApp {
  const suite = useTestApp(target);
  let url: string | undefined;
  beforeAll(async () => {
    url = await suite.app.listen({ port: 0, host: "127.0.0.1" });
  });
  return Object.create(suite, {
    url: {
      get() {
        if (url === undefined) throw new Error("useListeningApp: read the url inside a test.");
        return url;
      },
    },
  }) as ListeningSuiteApp;
}
