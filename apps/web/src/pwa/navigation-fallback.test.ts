import { describe, expect, it } from "vitest";
import { COACH_PAGES, SERVER_PAGES } from "../../pwa.config";

/** Workbox's NavigationRoute rule: path and query against the allowlist, then the denylist. */
const answeredByShell = (pathAndQuery: string) =>
  COACH_PAGES.some((page) => page.test(pathAndQuery)) &&
  !SERVER_PAGES.some((page) => page.test(pathAndQuery));

describe("which navigations the service worker answers with the app shell", () => {
  it.each([
    "/",
    "/?utm_source=mail",
    "/debrief?step=3&interview=2b7c9e4a-1f0d",
    "/plan",
    "/plan?interview=2b7c9e4a-1f0d",
    "/drafts/?interview=abc",
    "/journal",
    "/resume/3f0c",
  ])("the coach's page %s, offline too", (url) => {
    expect(answeredByShell(url)).toBe(true);
  });

  it.each([
    "/api/docs",
    "/api/v1/plans",
    "/api",
    "/embed",
    "/embed?key=pk_live_abcdefghij",
    "/embed/v1/loader.js",
    "/dashboard",
    "/dashboard?tab=shares",
    "/healthz",
    "/planning",
    "/resume/3f0c/extra",
  ])("never %s: the server answers it", (url) => {
    expect(answeredByShell(url)).toBe(false);
  });
});
