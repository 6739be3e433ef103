import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { buildServer } from "../../src/server.js";
import { createAgency } from "../../src/store/agencies.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput } from "../support/debrief.js";
import { AGENCY_ORIGIN, testConfig } from "../support/test-app.js";

describe("structured logs", () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await DATABASE_TARGETS[0]!.open();
  });
  afterAll(() => database.close());

  it("record routes and statuses, never bodies, queries, keys or cookies", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = await buildServer({
      config: testConfig({ logLevel: "info" }),
      database,
      logger: { stream },
    });
    const { agency, secretKey } = await createAgency(database.db, {
      name: "Acme Talent",
      origins: [AGENCY_ORIGIN],
    });
    const debrief = debriefInput();

    await app.inject({
      method: "POST",
      url: "/api/v1/plan",
      payload: { debrief },
      headers: { authorization: `Bearer ${secretKey}` },
    });
    await app.inject({
      method: "POST",
      url: "/api/trpc/debriefs.save",
      payload: { debrief },
      headers: { cookie: "rebound_session=abc123secret" },
    });
    const query = encodeURIComponent(
      JSON.stringify({ key: agency.publishableKey, hostOrigin: AGENCY_ORIGIN }),
    );
    await app.inject({ url: `/api/trpc/widget.config?input=${query}` });
    await app.inject({
      method: "POST",
      url: "/api/v1/plan",
      payload: { debrief: { ...debrief, interview: { endedAt: "Sam Lee" } } },
    });
    await app.close();

    const log = lines.join("");
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const completed = lines
      .map((line) => JSON.parse(line) as { msg: string; statusCode?: number; route?: string })
      .filter((entry) => entry.msg === "request completed");
    expect(completed.map((entry) => entry.statusCode)).toEqual([200, 200, 200, 400]);
    for (const secret of [
      "Sam Lee",
      "sam@example.com",
      "Marie",
      "Northwind",
      secretKey,
      agency.publishableKey,
      "abc123secret",
      "Bearer",
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
