import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import helmet from "helmet";
import { describe, expect, it } from "vitest";
import { HELMET_OPTIONS, securityHeaders } from "../../src/http/security.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { useTestApp } from "../support/test-app.js";

/** What helmet's own middleware writes on a real Node response. */
function liveHelmetHeaders(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  response.setHeader("X-Powered-By", "something");
  helmet(options)(request, response, () => undefined);
  return Object.fromEntries(
    Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]),
  );
}

describe("security headers", () => {
  it("are exactly what helmet's middleware writes, read once", () => {
    for (const options of [
      HELMET_OPTIONS,
      {},
      { frameguard: { action: "sameorigin" as const }, hsts: false },
      { contentSecurityPolicy: { directives: { "frame-ancestors": ["'none'"] } } },
    ]) {
      expect(securityHeaders(options)).toEqual(liveHelmetHeaders(options));
    }
    expect(securityHeaders()).toEqual(liveHelmetHeaders(HELMET_OPTIONS));
    expect(securityHeaders()).not.toHaveProperty("x-powered-by");
  });
});

describe.each(DATABASE_TARGETS)("every kind of answer carries them on $name", (target) => {
  const test = useTestApp(target);
  const expected = securityHeaders();

  it("a page, an API answer, a bad input, an unknown route and an oversized body", async () => {
    const answers = [
      await test.app.inject({ url: "/" }),
      await test.app.inject({ url: "/api/v1/catalogue/strategies" }),
      await test.app.inject({ method: "POST", url: "/api/v1/plan", payload: { debrief: {} } }),
      await test.app.inject({ url: "/api/v1/nothing-here" }),
      await test.app.inject({
        method: "POST",
        url: "/api/v1/plan",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ debrief: "x".repeat(2_000_000) }),
      }),
    ];
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 400, 404, 413]);
    for (const answer of answers) {
      for (const [name, value] of Object.entries(expected)) {
        expect(answer.headers[name], `${answer.statusCode} ${name}`).toBe(value);
      }
    }
  });
});
