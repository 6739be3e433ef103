import { describe, expect, it } from "vitest";
import { DATABASE_TARGETS } from "../support/databases.js";
import { AGENCY_ORIGIN, OTHER_ORIGIN, useTestApp } from "../support/test-app.js";

describe.each(DATABASE_TARGETS)("the loader's site check over HTTP on $name", (target) => {
  const test = useTestApp(target);

  const check = (query: Record<string, string>, origin?: string) =>
    test.app.inject({
      url: `/api/v1/widget/status?${new URLSearchParams(query).toString()}`,
      headers: origin === undefined ? {} : { origin },
    });
  const key = () => test.agency.agency.publishableKey;

  it("tells an allowed page its chrome's branding, readable from any origin", async () => {
    await test.app.inject({
      method: "PATCH",
      url: "/api/v1/agency",
      headers: { ...test.bearer, "content-type": "application/json" },
      payload: {
        theme: { colorPrimary: "#f5d90a", borderRadius: 4, fontFamily: "Verdana" },
        copy: { title: "Bounce back with Acme", launcherLabel: "Rough interview?" },
        modes: ["inline", "popup", "floatingButton"],
      },
    });
    const response = await check({ key: key(), mode: "floatingButton" }, AGENCY_ORIGIN);
    expect(response.statusCode).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    expect(response.headers["access-control-allow-credentials"]).toBeUndefined();
    expect(response.json()).toEqual({
      status: "ok",
      chrome: {
        title: "Bounce back with Acme",
        launcherLabel: "Rough interview?",
        primary: "#f5d90a",
        // Dark text on a yellow launcher: the server picks whichever reads better.
        onPrimary: "#111111",
        background: "#ffffff",
        text: "#1f2328",
        radius: 4,
        font: "Verdana, Geneva, sans-serif",
      },
    });
  });

  it("explains a page on a site the agency has not allowed, with what to change", async () => {
    const response = await check({ key: key(), mode: "inline" }, OTHER_ORIGIN);
    expect(response.statusCode).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    const body = response.json<{ status: string; reason: string; message: string }>();
    expect(body).toMatchObject({ status: "refused", reason: "originNotAllowed" });
    expect(body.message).toContain(`${OTHER_ORIGIN} is not one of this agency's allowed sites`);
    expect(body.message).toContain("Allowed sites");
    expect(body.message).toContain("http://localhost:PORT");
  });

  it("takes the page's origin from the browser's Origin header, not from the query", async () => {
    const spoofed = await check({ key: key(), hostOrigin: AGENCY_ORIGIN }, OTHER_ORIGIN);
    expect(spoofed.json()).toMatchObject({ reason: "originNotAllowed" });
    // Without a browser (curl), the query says which site to check.
    const fromCurl = await check({ key: key(), hostOrigin: AGENCY_ORIGIN });
    expect(fromCurl.json()).toMatchObject({ status: "ok" });
  });

  it("explains a page opened from a file, an unknown key and a switched-off mode", async () => {
    const file = await check({ key: key() }, "null");
    expect(file.json<{ message: string }>().message).toContain("opened from a file?");

    const unknown = await check({ key: "pk_nosuchagency00000" }, AGENCY_ORIGIN);
    expect(unknown.json()).toMatchObject({ status: "refused", reason: "unknownKey" });
    expect(unknown.json<{ message: string }>().message).toContain("Copy the snippet again");
    const malformed = await check({ key: "sk_secret_by_mistake" }, AGENCY_ORIGIN);
    expect(malformed.json()).toMatchObject({ reason: "unknownKey" });

    await test.app.inject({
      method: "PATCH",
      url: "/api/v1/agency",
      headers: { ...test.bearer, "content-type": "application/json" },
      payload: { modes: ["inline"] },
    });
    const popup = await check({ key: key(), mode: "popup" }, AGENCY_ORIGIN);
    expect(popup.json()).toMatchObject({ status: "refused", reason: "modeDisabled" });
    expect(popup.json<{ message: string }>().message).toContain(
      "the pop-up mode is switched off for this agency",
    );
    expect(popup.json<{ message: string }>().message).toContain("(inline)");
  });

  it("answers 400 for a mode that does not exist", async () => {
    expect((await check({ key: key(), mode: "sidebar" }, AGENCY_ORIGIN)).statusCode).toBe(400);
  });
});
