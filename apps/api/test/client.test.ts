import {
  createReboundClient,
  rateLimitOf,
  ReboundApiError,
  requestIdOf,
  unwrap,
} from "@rebound/client";
import { describe, expect, it } from "vitest";
import { DATABASE_TARGETS } from "./support/databases.js";
import { debriefInput } from "./support/debrief.js";
import { useListeningApp } from "./support/test-app.js";

describe("@rebound/client against a listening server", () => {
  const test = useListeningApp(DATABASE_TARGETS[0]!);

  it("sends the secret key: the agency's routes answer, and a plan counts in its usage", async () => {
    const rebound = createReboundClient({ baseUrl: test.url, secretKey: test.agency.secretKey });
    const agency = await unwrap(rebound.GET("/agency"));
    expect(agency.name).toBe("Acme Talent");
    await unwrap(rebound.POST("/plan", { body: { debrief: debriefInput() } }));
    const usage = await unwrap(rebound.GET("/agency/usage", { params: { query: { days: 1 } } }));
    expect(usage).toEqual([expect.objectContaining({ plansBuilt: 1 })]);
    const updated = await unwrap(
      rebound.PATCH("/agency", { body: { copy: { title: "Acme, after the interview" } } }),
    );
    expect(updated.copy.title).toBe("Acme, after the interview");
  });

  it("reads the per-key rate limit and the request id of an answer", async () => {
    const rebound = createReboundClient({ baseUrl: test.url, secretKey: test.agency.secretKey });
    const { response } = await rebound.GET("/catalogue/templates");
    expect(rateLimitOf(response)).toMatchObject({ limit: 10_000, retryAfterSeconds: null });
    expect(requestIdOf(response)).toMatch(/^req_/);
  });

  it("types the errors: no key on an agency route, a wrong key anywhere, a missing debrief", async () => {
    const anonymous = createReboundClient({ baseUrl: test.url });
    const noKey = await anonymous.GET("/agency");
    expect(noKey.error?.error).toMatchObject({ code: "UNAUTHORIZED", status: 401 });

    const wrongKey = createReboundClient({ baseUrl: test.url, secretKey: "sk_wrong" });
    await expect(unwrap(wrongKey.GET("/catalogue/strategies"))).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "That API key is not valid.",
    });

    const missing = await anonymous
      .POST("/debriefs/get", {
        body: { id: "00000000-0000-4000-8000-000000000000", resumeToken: "a".repeat(43) },
      })
      .then((result) => unwrap(Promise.resolve(result)))
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ReboundApiError);
    expect(missing).toMatchObject({ code: "NOT_FOUND", status: 404 });
  });
});
