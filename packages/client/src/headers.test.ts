import { describe, expect, it } from "vitest";
import { ReboundApiError, unwrap } from "./errors.js";
import { rateLimitOf, requestIdOf } from "./headers.js";

const limited = new Response(
  JSON.stringify({
    error: {
      code: "TOO_MANY_REQUESTS",
      status: 429,
      message: "Too many requests: try again in 1 minute.",
      requestId: "req_abc",
    },
  }),
  {
    status: 429,
    headers: {
      "x-ratelimit-limit": "120",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": "42",
      "retry-after": "42",
      "x-request-id": "req_abc",
    },
  },
);

describe("what an answer's headers say", () => {
  it("reads the rate limit and the request id", () => {
    expect(rateLimitOf(limited)).toEqual({
      limit: 120,
      remaining: 0,
      resetSeconds: 42,
      retryAfterSeconds: 42,
    });
    expect(requestIdOf(limited)).toBe("req_abc");
    expect(rateLimitOf(new Response("{}"))).toBeNull();
  });
});

describe("unwrap", () => {
  it("throws a ReboundApiError carrying the body's code, the wait and the request id", async () => {
    const body = (await limited.clone().json()) as unknown;
    const failure = unwrap(Promise.resolve({ error: body, response: limited }));
    await expect(failure).rejects.toBeInstanceOf(ReboundApiError);
    await expect(failure).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      status: 429,
      message: "Too many requests: try again in 1 minute.",
      requestId: "req_abc",
      rateLimit: { retryAfterSeconds: 42 },
    });
  });

  it("names an answer that did not come from the API (a proxy's HTML page)", async () => {
    const proxy = new Response("<html>Bad gateway</html>", { status: 502 });
    await expect(
      unwrap(Promise.resolve({ error: "<html>Bad gateway</html>", response: proxy })),
    ).rejects.toMatchObject({ code: "UNEXPECTED_RESPONSE", status: 502 });
  });

  it("passes the data of a success through", async () => {
    const ok = new Response("{}", { status: 200 });
    await expect(unwrap(Promise.resolve({ data: { id: "x" }, response: ok }))).resolves.toEqual({
      id: "x",
    });
  });
});
