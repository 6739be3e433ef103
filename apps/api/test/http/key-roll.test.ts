import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { agencies } from "../../src/db/schema.js";
import { createAgency, type CreatedAgency } from "../../src/store/agencies.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { TEST_NOW } from "../support/debrief.js";
import { AGENCY_ORIGIN, buildTestServer } from "../support/test-app.js";

describe.each(DATABASE_TARGETS)("rolling the secret key over HTTP on $name", (target) => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let clock = TEST_NOW;
  beforeAll(async () => {
    database = await target.open();
    app = await buildTestServer(database, {}, () => clock);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const newAgency = (): Promise<CreatedAgency> =>
    createAgency(database.db, { name: "Acme Talent", origins: [AGENCY_ORIGIN] });
  const asKey = (key: string) => ({ authorization: `Bearer ${key}` });
  const getAgency = async (headers: Record<string, string>) =>
    (await app.inject({ url: "/api/v1/agency", headers })).statusCode;
  const roll = (headers: Record<string, string>, overlapMinutes?: number) =>
    app.inject({
      method: "POST",
      url: "/api/v1/agency/secret-key/roll",
      headers: { ...headers, "content-type": "application/json" },
      payload: overlapMinutes === undefined ? {} : { overlapMinutes },
    });
  const signIn = async (secretKey: string) => {
    const response = await app.inject({
      method: "POST",
      url: "/api/trpc/dashboard.signIn",
      headers: { "content-type": "application/json" },
      payload: { secretKey },
    });
    const setCookie = response.headers["set-cookie"];
    return {
      status: response.statusCode,
      cookie: typeof setCookie === "string" ? (setCookie.split(";")[0] ?? "") : "",
    };
  };

  it("revokes the old key at once, even one the server had just verified, in favour of the new one", async () => {
    const { secretKey: old } = await newAgency();
    expect(await getAgency(asKey(old))).toBe(200);
    const rolled = await roll(asKey(old));
    expect(rolled.statusCode).toBe(200);
    const { secretKey, previousKeyExpiresAt } = rolled.json<{
      secretKey: string;
      previousKeyExpiresAt: string | null;
    }>();
    expect(secretKey).toMatch(/^sk_[A-Za-z0-9]{16}_[A-Za-z0-9_-]{43}$/);
    expect(previousKeyExpiresAt).toBeNull();
    expect(await getAgency(asKey(old))).toBe(401);
    expect(await getAgency(asKey(secretKey))).toBe(200);
    // Stored as a hash, like the first one.
    const rows = await database.db.select().from(agencies);
    expect(JSON.stringify(rows)).not.toContain(secretKey.slice(20));
  });

  it("keeps the old key working through a chosen overlap, then not a minute longer", async () => {
    const { secretKey: old } = await newAgency();
    const rolled = await roll(asKey(old), 60);
    const { secretKey, previousKeyExpiresAt } = rolled.json<{
      secretKey: string;
      previousKeyExpiresAt: string;
    }>();
    expect(previousKeyExpiresAt).toBe(new Date(clock.getTime() + 3_600_000).toISOString());
    expect(await getAgency(asKey(old))).toBe(200);
    expect(await getAgency(asKey(secretKey))).toBe(200);
    clock = new Date(clock.getTime() + 61 * 60_000);
    expect(await getAgency(asKey(old))).toBe(401);
    expect(await getAgency(asKey(secretKey))).toBe(200);
    // Signing in to the dashboard follows the same rule.
    expect(await signIn(old)).toEqual({ status: 401, cookie: "" });
  });

  it("ends every other dashboard session, and keeps the one that asked", async () => {
    const { secretKey } = await newAgency();
    const asker = await signIn(secretKey);
    const other = await signIn(secretKey);
    expect(await getAgency({ cookie: other.cookie })).toBe(200);
    const rolled = await roll({ cookie: asker.cookie });
    expect(rolled.statusCode).toBe(200);
    expect(await getAgency({ cookie: asker.cookie })).toBe(200);
    expect(await getAgency({ cookie: other.cookie })).toBe(401);
  });

  it("refuses an overlap longer than a week, naming the field", async () => {
    const { secretKey } = await newAgency();
    const response = await roll(asKey(secretKey), 10_081);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("overlapMinutes");
    expect(await getAgency(asKey(secretKey))).toBe(200);
  });
});
