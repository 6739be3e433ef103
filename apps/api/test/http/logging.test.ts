import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { buildServer } from "../../src/server.js";
import { createAgency } from "../../src/store/agencies.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput } from "../support/debrief.js";
import { captureLog } from "../support/log-capture.js";
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

describe.each(DATABASE_TARGETS)("a database failure on $name", (target) => {
  it("is logged with its statement, never with the values it was given", async () => {
    const database = await target.open();
    const log = captureLog();
    const app = await buildServer({
      config: testConfig({ logLevel: "info" }),
      database,
      logger: { stream: log.stream },
    });
    await database.close(); // every query fails from here on
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/debriefs",
      payload: { debrief: debriefInput() },
    });
    const viaTrpc = await app.inject({
      method: "POST",
      url: "/api/trpc/debriefs.save",
      payload: { debrief: debriefInput() },
    });
    await app.close();

    expect([response.statusCode, viaTrpc.statusCode]).toEqual([500, 500]);
    const failures = log.lines
      .map((line) => JSON.parse(line) as { level: number; err?: { type: string; query?: string } })
      .filter((entry) => entry.level >= 50);
    expect(failures).toHaveLength(2);
    for (const failure of failures) {
      expect(failure.err?.type).toMatch(/^DrizzleQueryError/);
      expect(failure.err?.query).toMatch(/^insert into "saved_debriefs"/);
    }
    for (const personal of ["Sam Lee", "sam@example.com", "Marie", "Northwind"])
      expect(log.lines.join("\n")).not.toContain(personal);
  });
});
