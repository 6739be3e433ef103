import type { FieldIssue } from "@rebound/core";
import { describe, expect, it } from "vitest";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput } from "../support/debrief.js";
import { useTestApp } from "../support/test-app.js";

const json = { "content-type": "application/json" };

describe.each(DATABASE_TARGETS)("HTTP answers on $name", (target) => {
  const test = useTestApp(target);

  it("builds a plan over REST and over tRPC (200)", async () => {
    const payload = { debrief: debriefInput() };
    const rest = await test.app.inject({ method: "POST", url: "/api/v1/plan", payload });
    expect(rest.statusCode).toBe(200);
    expect(rest.json<{ plan: { steps: unknown[] } }>().plan.steps.length).toBeGreaterThan(0);

    const trpc = await test.app.inject({ method: "POST", url: "/api/trpc/plan.build", payload });
    expect(trpc.statusCode).toBe(200);
    expect(trpc.json<{ result: { data: { plan: unknown } } }>().result.data.plan).toEqual(
      rest.json<{ plan: unknown }>().plan,
    );
  });

  it("answers a bad input 400 naming the field, over REST and over tRPC", async () => {
    const payload = { debrief: debriefInput({ interview: { endedAt: "not a date" } }) };
    const rest = await test.app.inject({ method: "POST", url: "/api/v1/plan", payload });
    expect(rest.statusCode).toBe(400);
    const { error } = rest.json<{ error: { message: string; issues: { path: string }[] } }>();
    expect(error.message).toContain("debrief.interview.endedAt");
    expect(error.issues.map((issue) => issue.path)).toContain("debrief.interview.endedAt");

    // tRPC keeps its envelope (its client needs it), with the same message and issues in `data`.
    const trpc = await test.app.inject({ method: "POST", url: "/api/trpc/plan.build", payload });
    expect(trpc.statusCode).toBe(400);
    const envelope = trpc.json<{
      error: { message: string; data: { issues: { path: string }[] } };
    }>().error;
    expect(envelope.message).toBe(error.message);
    expect(envelope.data.issues).toEqual(error.issues);
  });

  it("refuses an interview that ends in the future, or more than a year ago, with 400 and a plain message", async () => {
    for (const endedAt of ["2026-11-23T10:00:00.000Z", "1906-04-18T13:12:00.000Z"]) {
      const payload = { debrief: debriefInput({ interview: { endedAt } }) };
      for (const url of ["/api/v1/plan", "/api/trpc/plan.build"]) {
        const response = await test.app.inject({ method: "POST", url, payload });
        expect(response.statusCode, `${url} ${endedAt}`).toBe(400);
        // REST answers in the one error shape; tRPC keeps its envelope with the issues in `data`.
        const { error } = response.json<{
          error: { issues?: FieldIssue[]; data?: { issues: FieldIssue[] } };
        }>();
        expect(url.startsWith("/api/v1/") ? error.issues : error.data?.issues).toEqual([
          {
            path: "debrief.interview.endedAt",
            message: expect.stringMatching(/in the future|more than a year ago/) as unknown,
          },
        ]);
      }
    }
    // The same interview is planned when `now` is after it.
    const later = {
      debrief: debriefInput({ interview: { endedAt: "2026-11-23T10:00:00.000Z" } }),
      now: "2026-11-23T12:00:00.000Z",
    };
    const ok = await test.app.inject({ method: "POST", url: "/api/v1/plan", payload: later });
    expect(ok.statusCode).toBe(200);
  });

  it("says in plain words what a bad input lacks or got wrong", async () => {
    const payload = { debrief: { organisation: { name: "Acme", size: "huge" } } };
    const response = await test.app.inject({ method: "POST", url: "/api/v1/plan", payload });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{ error: { issues: { path: string; message: string }[] } }>();
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: "debrief.interview", message: "Invalid input: this is required." },
        {
          path: "debrief.organisation.size",
          message: expect.stringMatching(/^Choose one of "/) as unknown,
        },
      ]),
    );
  });

  it("answers a body that is not JSON, or of the wrong type, with 4xx JSON", async () => {
    const broken = await test.app.inject({
      method: "POST",
      url: "/api/v1/plan",
      headers: json,
      payload: "{nope",
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({
      error: { code: "BAD_REQUEST", status: 400, message: "The request body is not valid JSON." },
    });

    const brokenTrpc = await test.app.inject({
      method: "POST",
      url: "/api/trpc/plan.build",
      headers: json,
      payload: "{nope",
    });
    expect(brokenTrpc.statusCode).toBe(400);

    const text = await test.app.inject({
      method: "POST",
      url: "/api/v1/plan",
      headers: { "content-type": "text/plain" },
      payload: "hello",
    });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({
      error: {
        code: "UNSUPPORTED_MEDIA_TYPE",
        message: "Send the body as JSON, with Content-Type: application/json.",
      },
    });
  });

  it("refuses a body over the limit with 413", async () => {
    const payload = JSON.stringify({ debrief: debriefInput(), padding: "x".repeat(70 * 1024) });
    for (const url of ["/api/v1/plan", "/api/trpc/plan.build"]) {
      const response = await test.app.inject({ method: "POST", url, headers: json, payload });
      expect(response.statusCode, url).toBe(413);
      const error = response.json<{
        error: { code: string | number; message: string; data?: { code: string } };
      }>().error;
      expect(error.data?.code ?? error.code, url).toBe("PAYLOAD_TOO_LARGE");
      expect(error.message, url).toBe(`The request body is too large: at most ${64 * 1024} bytes.`);
    }
  });

  it("answers unknown routes 404 in JSON", async () => {
    for (const url of ["/api/v1/nowhere", "/api/trpc/nowhere.atAll", "/api/elsewhere"]) {
      const response = await test.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["content-type"]).toContain("application/json");
    }
    const missingDebrief = await test.app.inject({
      method: "POST",
      url: "/api/v1/debriefs/get",
      payload: { id: "00000000-0000-4000-8000-000000000000", resumeToken: "a".repeat(43) },
    });
    expect(missingDebrief.statusCode).toBe(404);
  });

  it("reports health, and readiness from the database", async () => {
    expect((await test.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    const ready = await test.app.inject({ url: "/readyz" });
    expect(ready.statusCode).toBe(200);
  });
});
