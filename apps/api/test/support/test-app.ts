import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import type { AppConfig } from "../../src/config.js";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { buildServer } from "../../src/server.js";
import { createAgency, type CreatedAgency } from "../../src/store/agencies.js";
import { TEST_NOW } from "./debrief.js";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");

export const AGENCY_ORIGIN = "https://careers.acme.example";
export const OTHER_ORIGIN = "https://evil.example";

/** Generous limits so only the rate-limit tests ever meet a 429; tiny fixture builds of web and embed. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    database: { kind: "pglite" },
    port: 0,
    host: "127.0.0.1",
    rateLimit: { anonymousMax: 10_000, keyMax: 10_000, windowMs: 60_000 },
    bodyLimit: 64 * 1024,
    webDist: path.join(fixtures, "web"),
    embedDist: path.join(fixtures, "embed"),
    adminToken: "admin-token-for-tests-only-0123456789",
    trustProxy: false,
    logLevel: "silent",
    ...overrides,
  };
}

export interface TestApp {
  app: FastifyInstance;
  agency: CreatedAgency;
  /** `Authorization` header with the agency's secret key. */
  bearer: { authorization: string };
}

/** A server on an open database with one agency allowed on AGENCY_ORIGIN; the clock is TEST_NOW. */
export async function startTestApp(
  database: DatabaseHandle,
  overrides: Partial<AppConfig> = {},
): Promise<TestApp> {
  const app = await buildServer({
    config: testConfig(overrides),
    database,
    now: () => TEST_NOW,
    logger: false,
  });
  const agency = await createAgency(database.db, { name: "Acme Talent", origins: [AGENCY_ORIGIN] });
  return { app, agency, bearer: { authorization: `Bearer ${agency.secretKey}` } };
}
