import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../../src/app-router.js";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput } from "../support/debrief.js";
import { get } from "../support/raw-http.js";
import { startTestApp } from "../support/test-app.js";

describe("a streamed tRPC batch (httpBatchStreamLink)", () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let base = "";
  beforeAll(async () => {
    database = await DATABASE_TARGETS[0]!.open();
    ({ app } = await startTestApp(database));
    base = await app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("reaches tRPC's own client from Node, every call of the batch answered", async () => {
    const client = createTRPCClient<AppRouter>({
      links: [httpBatchStreamLink({ url: `${base}/api/trpc` })],
    });
    const [strategies, templates, built] = await Promise.all([
      client.catalogue.strategies.query(),
      client.catalogue.templates.query(),
      client.plan.build.mutate({ debrief: debriefInput() }),
    ]);
    expect(strategies.length).toBeGreaterThan(5);
    expect(templates.length).toBeGreaterThan(5);
    expect(built.plan.steps.length).toBeGreaterThan(0);
  });

  it("is chunked, without a Content-Length beside it", async () => {
    const answer = await get(
      `${base}/api/trpc/catalogue.strategies,catalogue.templates?batch=1&input=%7B%7D`,
      false,
      { "trpc-accept": "application/jsonl" },
    );
    expect(answer.status).toBe(200);
    expect(answer.headers["transfer-encoding"]).toBe("chunked");
    expect(answer.headers["content-length"]).toBeUndefined();
  });
});
