import { randomBytes } from "node:crypto";
import { count } from "drizzle-orm";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RateLimitConfig } from "../../src/config.js";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { savedDebriefs } from "../../src/db/schema.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput } from "../support/debrief.js";
import { AGENCY_ORIGIN, startTestApp } from "../support/test-app.js";

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

const json = { "content-type": "application/json" };

describe.each(stores)("rate limits in $name", (store) => {
  const limits = (overrides: Partial<RateLimitConfig> = {}): RateLimitConfig => ({
    anonymousMax: 3,
    keyMax: 6,
    sharesMax: 2,
    windowMs: 60_000,
    redisUrl: store.redisUrl,
    redisPrefix: `rebound-rl-test-${randomBytes(4).toString("hex")}:`,
    ...overrides,
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

  it("limits the route that is served, however its path is spelled", async () => {
    const spellings = [
      "/api/v1/catalogue/strategies",
      "/%61pi/v1/catalogue/strategies",
      "/%61%70%69/v1/catalogue/strategies",
      "/api/v1/catalogue/strategi%65s",
      "/api/%76%31/catalogue/strategies",
      "/API/v1/catalogue/strategies",
      "//api/v1/catalogue/strategies",
      "/api//v1/catalogue/strategies",
      "/api/v1/catalogue/strategies/",
      "/api/v1/catalogue/strategies?",
      "/api/trpc/catalogue.strategies",
      "/%61pi/trpc/catalogue.strategies",
      "/api/trpc/catalogue%2Estrategies",
      "/api/trpc/catalogue%252Estrategies",
      "/api/trpc/catalogue.strategies,catalogue.templates?batch=1",
      "/%61pi/trpc/catalogue.strategies%2Ccatalogue.templates?batch=1",
      "/api/trpc/catalogue.strategies%252Ccatalogue.templates?batch=1",
    ];
    // Which spellings the API actually serves (others are 404s or the web app's page), with
    // budget to spare...
    const open = await startTestApp(database, { rateLimit: limits({ anonymousMax: 1000 }) });
    const served: string[] = [];
    for (const url of spellings) {
      const response = await open.app.inject({ url });
      const json = String(response.headers["content-type"]).startsWith("application/json");
      if (response.statusCode === 200 && json) served.push(url);
    }
    await open.app.close();
    expect(served).toEqual(expect.arrayContaining([spellings[1], spellings[3], spellings[11]]));

    // ...and every one of them is limited once the caller has spent its budget.
    const { app } = await startTestApp(database, { rateLimit: limits() });
    for (let i = 0; i < 3; i += 1) await app.inject({ url: spellings[0]! });
    const answers = [];
    for (const url of served) answers.push(`${url} ${(await app.inject({ url })).statusCode}`);
    expect(answers).toEqual(served.map((url) => `${url} 429`));
    await app.close();
  });

  it("counts each call of a tRPC batch, however the batch path is encoded", async () => {
    const { app } = await startTestApp(database, { rateLimit: limits({ anonymousMax: 5 }) });
    const three = await app.inject({
      url: "/api/trpc/catalogue.strategies,catalogue.templates,catalogue.strategies?batch=1",
    });
    expect(three.statusCode).toBe(200);
    expect(three.headers["x-ratelimit-remaining"]).toBe("2");
    const twoEncoded = await app.inject({
      url: "/api/trpc/catalogue.strategies%252Ccatalogue.templates?batch=1",
    });
    expect(twoEncoded.statusCode).toBe(200);
    expect(twoEncoded.json()).toHaveLength(2);
    expect(twoEncoded.headers["x-ratelimit-remaining"]).toBe("0");
    expect((await app.inject({ url: "/api/trpc/catalogue.strategies" })).statusCode).toBe(429);
    await app.close();
  });

  it("refuses a batch of more than 10 calls before running any of them", async () => {
    // A body large enough for 357 debriefs, so the batch cap (not the body limit) answers.
    const { app } = await startTestApp(database, {
      rateLimit: limits({ anonymousMax: 1000 }),
      bodyLimit: 2 * 1024 * 1024,
    });
    const saves = (calls: number) => {
      const body = JSON.stringify({ debrief: debriefInput() });
      return app.inject({
        method: "POST",
        url: `/api/trpc/${Array(calls).fill("debriefs.save").join(",")}?batch=1`,
        headers: json,
        payload: `{${Array.from({ length: calls }, (_, i) => `"${i}":${body}`).join(",")}}`,
      });
    };
    const stored = async () => (await database.db.select({ n: count() }).from(savedDebriefs))[0]!.n;
    const before = await stored();

    const tooMany = await saves(357);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({
      error: { message: expect.stringContaining("at most 10 calls; this one has 357") },
    });
    expect(await stored()).toBe(before);

    const ten = await saves(10);
    expect(ten.statusCode).toBe(200);
    expect(await stored()).toBe(before + 10);
    await app.close();
  });

  it("limits consented shares per agency key, whichever IP sends them", async () => {
    const { app, agency } = await startTestApp(database, {
      rateLimit: limits({ anonymousMax: 1000 }),
    });
    const share = (remoteAddress: string) =>
      app.inject({
        method: "POST",
        url: "/api/v1/widget/share",
        remoteAddress,
        headers: { ...json, origin: AGENCY_ORIGIN },
        payload: {
          key: agency.agency.publishableKey,
          hostOrigin: AGENCY_ORIGIN,
          consent: true,
          summary: { name: "Sam Lee", contact: "sam@example.com", planHeadline: "Say thank you" },
        },
      });
    const statuses = [];
    for (const ip of ["203.0.113.1", "203.0.113.2", "203.0.113.3"])
      statuses.push((await share(ip)).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await share("203.0.113.4");
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toMatch(
      /Too many shares for this agency right now: try again in \d+ (seconds?|minutes?)\./,
    );
    await app.close();
  });
});
