import { Agent } from "node:http";
import { once } from "node:events";
import type { Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { createShutdown } from "../../src/lifecycle/shutdown.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput } from "../support/debrief.js";
import { get, postInFlight } from "../support/raw-http.js";
import { startTestApp } from "../support/test-app.js";
import { until } from "../support/until.js";

describe("shutting down", { timeout: 120_000 }, () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let base = "";
  beforeAll(async () => {
    database = await DATABASE_TARGETS[0]!.open();
    ({ app } = await startTestApp(database));
    base = await app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => database.close());

  it("drains (readiness 503, still serving), then closes the listener, idle keep-alive sockets and in-flight requests, and finishes with 0", async () => {
    // A keep-alive client with an idle connection, which it would hold open forever.
    const keepAlive = new Agent({ keepAlive: true });
    expect((await get(`${base}/healthz`, keepAlive)).status).toBe(200);
    const idle = Object.values(keepAlive.freeSockets).flat()[0] as Socket;
    expect(idle).toBeDefined();
    const idleClosed = once(idle, "close");

    // A request in flight on another keep-alive client: the server has read its headers and
    // part of its body.
    const alsoKeepAlive = new Agent({ keepAlive: true });
    const inFlight = await postInFlight(
      `${base}/api/v1/plan`,
      JSON.stringify({ debrief: debriefInput() }),
      alsoKeepAlive,
    );

    const shutdown = createShutdown(app, { drainMs: 3_600_000, graceMs: 600_000 });
    shutdown.begin("test");

    // Draining: a load balancer reads 503 and stops sending; whatever still comes is served,
    // and told not to keep its connection.
    const readiness = await get(`${base}/readyz`, false);
    expect(readiness.status).toBe(503);
    expect(JSON.parse(readiness.body)).toMatchObject({ status: "draining" });
    const during = await get(`${base}/api/v1/catalogue/strategies`, false);
    expect(during.status).toBe(200);
    expect(during.headers.connection).toBe("close");
    expect(app.server.listening).toBe(true);

    // Asked again: the drain ends now and the listener closes; idle sockets are closed for us.
    shutdown.begin("again");
    await until(() => !app.server.listening);
    await idleClosed;

    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    expect(answer.headers.connection).toBe("close");
    expect(await shutdown.finished).toBe(0);
    keepAlive.destroy();
    alsoKeepAlive.destroy();
  });
});
