import { afterEach, describe, expect, it, vi } from "vitest";
import { KEY, ORIGIN } from "../test-support/page.js";
import { ALLOWED, CHROME, stubStatusEndpoint } from "../test-support/site-status.js";
import { chromeThemeCss } from "./chrome-theme.js";
import { checkSite, parseSiteStatus } from "./site-check.js";

afterEach(() => vi.unstubAllGlobals());

describe("parseSiteStatus", () => {
  it("reads an allowed site's branding and a refusal with its reason", () => {
    expect(parseSiteStatus(ALLOWED)).toEqual(ALLOWED);
    const refused = { status: "refused", reason: "modeDisabled", message: "Turn popup on." };
    expect(parseSiteStatus(refused)).toEqual(refused);
  });

  it.each([
    ["CSS in a colour", { ...CHROME, primary: "red;}:host{display:none" }],
    ["CSS in the font", { ...CHROME, font: 'x";}*{color:red' }],
    ["a radius that is not a number", { ...CHROME, radius: "14px;x:y" }],
    ["an empty title", { ...CHROME, title: "" }],
    ["a missing label", { ...CHROME, launcherLabel: undefined }],
  ])("treats %s as no answer at all", (_label, chrome) => {
    expect(parseSiteStatus({ status: "ok", chrome })).toEqual({ status: "unknown" });
  });

  it("treats an unknown refusal reason or a foreign body as no answer", () => {
    expect(parseSiteStatus({ status: "refused", reason: "whatever", message: "x" })).toEqual({
      status: "unknown",
    });
    expect(parseSiteStatus("<html>")).toEqual({ status: "unknown" });
  });

  it("turns branding into custom properties only", () => {
    expect(chromeThemeCss(CHROME)).toBe(
      ":host{--rb-primary:#0b5cad;--rb-on-primary:#ffffff;--rb-bg:#f7f9fc;--rb-ink:#1f2328;--rb-radius:14px;--rb-font:Georgia, Times New Roman, serif}",
    );
  });
});

describe("checkSite", () => {
  it("asks once per key and mode, without cookies, and answers every instance the same", async () => {
    const requested = stubStatusEndpoint();
    const key = `${KEY}_once`;
    const answers = await Promise.all([
      checkSite(ORIGIN, key, "popup", 5000),
      checkSite(ORIGIN, key, "popup", 5000),
      checkSite(ORIGIN, key, "inline", 5000),
    ]);
    expect(answers).toEqual([ALLOWED, ALLOWED, ALLOWED]);
    expect(requested).toEqual([
      `${ORIGIN}/api/v1/widget/status?key=${key}&mode=popup`,
      `${ORIGIN}/api/v1/widget/status?key=${key}&mode=inline`,
    ]);
  });

  it("forgets a failed check, so the next instance asks again", async () => {
    const key = `${KEY}_retry`;
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("Failed to fetch")));
    expect(await checkSite(ORIGIN, key, "popup", 5000)).toEqual({ status: "unknown" });
    const requested = stubStatusEndpoint();
    expect(await checkSite(ORIGIN, key, "popup", 5000)).toEqual(ALLOWED);
    expect(requested).toHaveLength(1);
  });
});
