import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RateLimitConfig } from "../../src/config.js";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { startTestApp } from "../support/test-app.js";

const REDIS_TEST_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";

async function redisProblem(url: string): Promise<string | null> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    client.disconnect();
  }
}

const problem = await redisProblem(REDIS_TEST_URL);
if (problem !== null)
  console.warn(
    `Skipping the Redis rate-limit run: ${REDIS_TEST_URL} does not answer (${problem}).`,
  );

const stores: { name: string; redisUrl?: string }[] = [
  { name: "memory" },
  ...(problem === null ? [{ name: "redis", redisUrl: REDIS_TEST_URL }] : []),
];

let database: DatabaseHandle;
beforeAll(async () => {
  database = await DATABASE_TARGETS[0]!.open();
});
afterAll(() => database.close());

describe.each(stores)("rate limits in $name", (store) => {
  const limits = (): RateLimitConfig => ({
    anonymousMax: 3,
    keyMax: 6,
    windowMs: 60_000,
    redisUrl: store.redisUrl,
    redisPrefix: `rebound-rl-test-${randomBytes(4).toString("hex")}:`,
  });

  it("answers 429 with Retry-After past the per-IP budget, and gives a valid key its own larger budget", async () => {
    const { app, bearer } = await startTestApp(database, { rateLimit: limits() });
    const url = "/api/v1/catalogue/strategies";
    const anonymous = [];
    for (let i = 0; i < 4; i += 1) anonymous.push(await app.inject({ url }));
    expect(anonymous.map((response) => response.statusCode)).toEqual([200, 200, 200, 429]);
    const limited = anonymous[3]!;
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ error: { code: "TOO_MANY_REQUESTS" } });

    // Same IP, but with a secret key: counted per key, up to the key's budget.
    const withKey = [];
    for (let i = 0; i < 7; i += 1)
      withKey.push((await app.inject({ url, headers: bearer })).statusCode);
    expect(withKey).toEqual([200, 200, 200, 200, 200, 200, 429]);

    // Pages and health checks are never rate limited.
    expect((await app.inject({ url: "/healthz" })).statusCode).toBe(200);
    await app.close();
  });
});
