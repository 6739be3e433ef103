import { describe, expect, it } from "vitest";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput } from "../support/debrief.js";
import { withWrongSecret } from "../support/tokens.js";
import { AGENCY_ORIGIN, OTHER_ORIGIN, useTestApp } from "../support/test-app.js";

describe.each(DATABASE_TARGETS)("keys, origins and sessions over HTTP on $name", (target) => {
  const test = useTestApp(target);

  const widgetConfigUrl = (hostOrigin: string, key = test.agency.agency.publishableKey) =>
    `/api/v1/widget/config?${new URLSearchParams({ key, hostOrigin }).toString()}`;

  it("answers agency routes 200 with the secret key, 401 without it or with a wrong one", async () => {
    const ok = await test.app.inject({ url: "/api/v1/agency", headers: test.bearer });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: "Acme Talent", origins: [AGENCY_ORIGIN] });

    expect((await test.app.inject({ url: "/api/v1/agency" })).statusCode).toBe(401);
    const wrongSecret = withWrongSecret(test.agency.secretKey);
    for (const authorization of [`Bearer ${wrongSecret}`, "Bearer sk_nonsense", "Basic abc"]) {
      const response = await test.app.inject({ url: "/api/v1/agency", headers: { authorization } });
      expect(response.statusCode, authorization).toBe(401);
    }
    const trpc = await test.app.inject({
      url: "/api/trpc/agency.usage?input=%7B%7D",
      headers: { authorization: `Bearer ${wrongSecret}` },
    });
    expect(trpc.statusCode).toBe(401);
    // Even where no key is needed, a wrong one is an error, not an anonymous call.
    const plan = await test.app.inject({
      method: "POST",
      url: "/api/v1/plan",
      payload: { debrief: debriefInput() },
      headers: { authorization: `Bearer ${wrongSecret}` },
    });
    expect(plan.statusCode).toBe(401);
  });

  it("answers the widget config 200 from an allowed origin, 403 from another, 401 for an unknown key", async () => {
    const allowed = await test.app.inject({
      url: widgetConfigUrl(AGENCY_ORIGIN),
      headers: { origin: AGENCY_ORIGIN },
    });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.headers["access-control-allow-origin"]).toBe(AGENCY_ORIGIN);

    const wrongOrigin = await test.app.inject({
      url: widgetConfigUrl(OTHER_ORIGIN),
      headers: { origin: OTHER_ORIGIN },
    });
    expect(wrongOrigin.statusCode).toBe(403);
    expect(wrongOrigin.headers["access-control-allow-origin"]).toBeUndefined();

    const unknownKey = await test.app.inject({
      url: widgetConfigUrl(AGENCY_ORIGIN, "pk_unknownunknown0000"),
    });
    expect(unknownKey.statusCode).toBe(401);
  });

  it("allows cross-origin preflights only for the widget endpoints and only from agencies' origins", async () => {
    const preflight = (url: string, origin: string) =>
      test.app.inject({
        method: "OPTIONS",
        url,
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type",
        },
      });
    const widget = await preflight("/api/trpc/widget.share", AGENCY_ORIGIN);
    expect(widget.headers["access-control-allow-origin"]).toBe(AGENCY_ORIGIN);
    expect(
      (await preflight("/api/trpc/widget.share", OTHER_ORIGIN)).headers[
        "access-control-allow-origin"
      ],
    ).toBeUndefined();
    // A batch that slips an agency procedure in with a widget one gets no CORS either.
    const smuggled = await preflight(
      "/api/trpc/widget.config,agency.update?batch=1",
      AGENCY_ORIGIN,
    );
    expect(smuggled.headers["access-control-allow-origin"]).toBeUndefined();
    // Everything else is same-origin only, even for an agency's own site.
    expect(
      (await preflight("/api/trpc/agency.update", AGENCY_ORIGIN)).headers[
        "access-control-allow-origin"
      ],
    ).toBeUndefined();
    expect(
      (await preflight("/api/v1/plan", AGENCY_ORIGIN)).headers["access-control-allow-origin"],
    ).toBeUndefined();
  });

  it("signs the dashboard in with the secret key and then authorises by cookie", async () => {
    const signIn = await test.app.inject({
      method: "POST",
      url: "/api/trpc/dashboard.signIn",
      payload: { secretKey: test.agency.secretKey },
    });
    expect(signIn.statusCode).toBe(200);
    const setCookie = String(signIn.headers["set-cookie"]);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Strict");
    const cookie = setCookie.split(";")[0] ?? "";

    const shares = await test.app.inject({ url: "/api/trpc/agency.shares", headers: { cookie } });
    expect(shares.statusCode).toBe(200);

    // What the tRPC client sends for a mutation without input: a JSON content type and no body.
    const signOut = await test.app.inject({
      method: "POST",
      url: "/api/trpc/dashboard.signOut",
      headers: { cookie, "content-type": "application/json" },
    });
    expect(signOut.statusCode).toBe(200);
    expect(
      (await test.app.inject({ url: "/api/trpc/agency.shares", headers: { cookie } })).statusCode,
    ).toBe(401);

    const wrong = await test.app.inject({
      method: "POST",
      url: "/api/trpc/dashboard.signIn",
      payload: { secretKey: "sk_wrong" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers["set-cookie"]).toBeUndefined();
  });
});
