import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { savedDebriefs } from "../../src/db/schema.js";
import { sha256 } from "../../src/security/secrets.js";
import { claimIdempotencyKey } from "../../src/store/idempotency-keys.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput, TEST_NOW } from "../support/debrief.js";
import { errorAnswerProblem } from "../support/error-conformance.js";
import { OTHER_ORIGIN, startTestApp, type TestApp } from "../support/test-app.js";

const json = { "content-type": "application/json" };
const TOKEN = "a".repeat(43);

/** A raw HTTP exchange, for what `inject` cannot send (headers past Node's 16 KB limit). */
function rawRequest(port: number, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const request = httpRequest({ host: "127.0.0.1", port, path: "/api/v1/plan", headers });
      request.on("response", (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      });
      request.on("error", reject);
      request.end();
    },
  );
}

describe("one error shape for every error the server sends", () => {
  let database: DatabaseHandle;
  let test: TestApp;
  let limited: TestApp;
  beforeAll(async () => {
    database = await DATABASE_TARGETS[0]!.open();
    test = await startTestApp(database);
    limited = await startTestApp(database, {
      rateLimit: { anonymousMax: 1, keyMax: 1, sharesMax: 1, windowMs: 60_000 },
    });
  });
  afterAll(async () => {
    await test.app.close();
    await limited.app.close();
    await database.close();
  });

  /** Every status in the issue's list, each provoked the way a caller would meet it. */
  const provocations: [string, number, (app: TestApp) => Promise<{ statusCode: number }>][] = [
    [
      "a bad input",
      400,
      ({ app }) =>
        app.inject({
          method: "POST",
          url: "/api/v1/plan",
          payload: { debrief: debriefInput({ interview: { endedAt: "soon" } }) },
        }),
    ],
    [
      "an unknown field",
      400,
      ({ app }) =>
        app.inject({
          method: "POST",
          url: "/api/v1/plan",
          payload: { debrief: { ...debriefInput(), mood: "bad" }, tone: "warm" },
        }),
    ],
    [
      "a wrong key",
      401,
      ({ app }) =>
        app.inject({ url: "/api/v1/agency", headers: { authorization: "Bearer sk_wrong" } }),
    ],
    [
      "a host page the agency does not allow",
      403,
      ({ app, agency }) =>
        app.inject({
          url: `/api/v1/widget/config?key=${agency.agency.publishableKey}&hostOrigin=${encodeURIComponent(OTHER_ORIGIN)}`,
        }),
    ],
    [
      "a missing debrief",
      404,
      ({ app }) =>
        app.inject({
          method: "POST",
          url: "/api/v1/debriefs/get",
          payload: { id: "00000000-0000-4000-8000-000000000000", resumeToken: TOKEN },
        }),
    ],
    ["an unknown route", 404, ({ app }) => app.inject({ url: "/api/v1/nowhere" })],
    ["a wrong method", 405, ({ app }) => app.inject({ method: "DELETE", url: "/api/v1/plan" })],
    [
      "a body over the limit",
      413,
      ({ app }) =>
        app.inject({
          method: "POST",
          url: "/api/v1/plan",
          headers: json,
          payload: JSON.stringify({ debrief: debriefInput(), pad: "x".repeat(70 * 1024) }),
        }),
    ],
    [
      "an over-long URL",
      414,
      ({ app }) => app.inject({ url: `/api/v1/agency/usage?days=${"7".repeat(9000)}` }),
    ],
    [
      "a body that is not JSON",
      415,
      ({ app }) =>
        app.inject({
          method: "POST",
          url: "/api/v1/plan",
          headers: { "content-type": "text/plain" },
          payload: "hello",
        }),
    ],
  ];

  it.each(provocations)("%s answers %i in the documented shape", async (_name, status, send) => {
    const response = (await send(test)) as Awaited<ReturnType<TestApp["app"]["inject"]>>;
    expect(response.statusCode).toBe(status);
    const body = response.json<{ error: { code: string; status: number; requestId: string } }>();
    expect(body.error.status).toBe(status);
    expect(body.error.requestId).toBe(response.headers["x-request-id"]);
    expect(
      await errorAnswerProblem({
        method: response.raw.req.method ?? "GET",
        path: new URL(response.raw.req.url ?? "/", "http://x").pathname,
        status,
        headers: response.headers,
        body: response.body,
      }),
    ).toBeNull();
  });

  it("409 and 422 for an Idempotency-Key still running or reused with another body", async () => {
    const payload = { debrief: debriefInput() };
    await claimIdempotencyKey(database.db, {
      scope: "ip:127.0.0.1",
      key: "still-running",
      requestHash: sha256(`debriefs.save\n${JSON.stringify(payload)}`),
      now: TEST_NOW,
    });
    const running = await test.app.inject({
      method: "POST",
      url: "/api/v1/debriefs",
      headers: { "idempotency-key": "still-running" },
      payload,
    });
    expect(running.statusCode).toBe(409);
    expect(running.headers["retry-after"]).toBe("1");
    expect(running.json()).toMatchObject({ error: { code: "CONFLICT" } });

    const reused = await test.app.inject({
      method: "POST",
      url: "/api/v1/debriefs",
      headers: { "idempotency-key": "still-running" },
      payload: { debrief: debriefInput({ organisation: { name: "Contoso" } }) },
    });
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ error: { code: "UNPROCESSABLE_CONTENT" } });
  });

  it("429 from the rate limiter, over REST and over tRPC, with Retry-After", async () => {
    const url = "/api/v1/catalogue/strategies";
    expect((await limited.app.inject({ url })).statusCode).toBe(200);
    const rest = await limited.app.inject({ url });
    expect(rest.statusCode).toBe(429);
    expect(Number(rest.headers["retry-after"])).toBeGreaterThan(0);
    expect(rest.json()).toMatchObject({
      error: {
        code: "TOO_MANY_REQUESTS",
        status: 429,
        message: "Too many requests: try again in 1 minute.",
      },
    });
    const trpc = await limited.app.inject({ url: "/api/trpc/catalogue.strategies" });
    expect(trpc.statusCode).toBe(429);
    // tRPC's client reads its own envelope: the web app shows "busy" from `data.code`.
    expect(trpc.json()).toMatchObject({
      error: { data: { code: "TOO_MANY_REQUESTS", httpStatus: 429 } },
    });
  });

  it("500 says nothing of our internals (no field paths from a failed check of our own data)", async () => {
    // A stored row that no longer reads as a debrief: the server's fault, never the caller's.
    await database.db.insert(savedDebriefs).values({
      id: "00000000-0000-4000-8000-000000000001",
      tokenHash: sha256(TOKEN),
      debrief: { interview: "garbled" },
    });
    const response = await test.app.inject({
      method: "POST",
      url: "/api/v1/debriefs/get",
      payload: { id: "00000000-0000-4000-8000-000000000001", resumeToken: TOKEN },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: {
        code: "INTERNAL_SERVER_ERROR",
        status: 500,
        message: "Something went wrong on our side.",
        requestId: response.headers["x-request-id"],
      },
    });
    // The person can still erase what we can no longer read: their token alone decides.
    const erased = await test.app.inject({
      method: "POST",
      url: "/api/v1/debriefs/delete",
      payload: { id: "00000000-0000-4000-8000-000000000001", resumeToken: TOKEN },
    });
    expect(erased.statusCode, erased.body).toBe(200);
  });

  it("431 for headers past Node's limit: in our shape, on the socket, with a request id", async () => {
    await test.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = test.app.server.address() as AddressInfo;
    const answer = await rawRequest(port, { "x-padding": "x".repeat(20_000) });
    expect(answer.status).toBe(431);
    expect(await errorAnswerProblem({ method: "GET", path: "/api/v1/plan", ...answer })).toBeNull();
  });

  it("a 414 never echoes the URL, and a tRPC path over the limit gets 414 too", async () => {
    const secret = `secret-${"z".repeat(9000)}`;
    for (const url of [`/api/v1/agency/usage?q=${secret}`, `/api/trpc/${secret}`]) {
      const response = await test.app.inject({ url });
      expect(response.statusCode, url.slice(0, 20)).toBe(414);
      expect(response.body).not.toContain("secret-");
    }
  });

  it("X-Request-Id on every answer: a page, an asset, health, the API and an error", async () => {
    const ids = new Set<string>();
    for (const url of [
      "/",
      "/embed/v1/loader.js",
      "/healthz",
      "/api/v1/catalogue/templates",
      "/api/nope",
    ]) {
      const id = (await test.app.inject({ url })).headers["x-request-id"];
      expect(id, url).toMatch(/^req_[\w-]{16}$/);
      ids.add(String(id));
    }
    expect(ids.size).toBe(5);
  });

  it("405 lists the methods the path answers; unknown fields name their path", async () => {
    const wrong = await test.app.inject({ method: "GET", url: "/api/v1/debriefs" });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers.allow).toBe("POST");
    const unknown = await test.app.inject({
      method: "POST",
      url: "/api/v1/plan",
      payload: { debrief: { ...debriefInput(), organisation: { name: "N", sise: "small" } } },
    });
    expect(unknown.json()).toMatchObject({
      error: {
        issues: [
          {
            path: "debrief.organisation.sise",
            message:
              "Unknown field: it is not part of this operation's input (check its spelling).",
          },
        ],
      },
    });
  });

  it("every provoked answer above matched the document (recorded as they were sent)", () => {
    expect(test.errorProblems).toEqual([]);
    expect(limited.errorProblems).toEqual([]);
  });
});
