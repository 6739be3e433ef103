import { afterEach, describe, expect, it, vi } from "vitest";
import { takeOver } from "../loader/take-over.js";
import { framesOnPage, KEY, ORIGIN, recorder, widgetRoot } from "../test-support/page.js";
import { ALLOWED, settle, stubStatusEndpoint } from "../test-support/site-status.js";
import { installStub, LOADER_PATH } from "./install-stub.js";

const loaderScripts = () => [...document.querySelectorAll<HTMLScriptElement>("script[src]")];

afterEach(() => {
  for (const id of ["first", "second"]) window.Rebound?.("destroy", id);
  delete window.Rebound;
  for (const script of loaderScripts()) script.remove();
  vi.unstubAllGlobals();
});

describe("the snippet's stub", () => {
  it("queues calls and requests the versioned loader once, async, with the page's nonce", () => {
    const stub = installStub(ORIGIN, "n0nce");
    stub("open");
    expect(installStub(ORIGIN)).toBe(stub);
    expect(stub.q).toEqual([["open"]]);
    const scripts = loaderScripts();
    expect(scripts.map((s) => s.src)).toEqual([ORIGIN + LOADER_PATH]);
    expect(scripts[0]?.async).toBe(true);
    expect(scripts[0]?.nonce).toBe("n0nce");
  });

  it("is replayed in order by the loader, which then answers directly", async () => {
    const requested = stubStatusEndpoint(ALLOWED);
    const { listener, seen } = recorder();
    installStub(ORIGIN);
    window.Rebound?.("on", "*", listener);
    window.Rebound?.("init", { key: KEY, mode: "popup", id: "first" });
    window.Rebound?.("init", { key: KEY, mode: "floatingButton", id: "second" });
    window.Rebound?.("open", "first");
    expect(framesOnPage()).toHaveLength(0);

    const rebound = takeOver(undefined);
    expect([...(rebound?.instances.keys() ?? [])]).toEqual(["first", "second"]);
    expect(seen).toEqual(["opened@first"]);
    expect(widgetRoot("first").querySelector(".backdrop")?.hasAttribute("hidden")).toBe(false);
    await settle();
    // One site check per key and mode, asked of the server the loader came from.
    expect(requested).toEqual([
      `${ORIGIN}/api/v1/widget/status?key=${KEY}&mode=popup`,
      `${ORIGIN}/api/v1/widget/status?key=${KEY}&mode=floatingButton`,
    ]);
    expect(widgetRoot("first").querySelector("iframe")?.src).toMatch(`${ORIGIN}/embed?key=${KEY}`);

    expect(window.Rebound?.loaded).toBe(true);
    window.Rebound?.("close");
    expect(seen).toEqual(["opened@first"]);
    window.Rebound?.("destroy", "first");
    // The floating button has not been opened, so it has no frame yet.
    expect(framesOnPage()).toHaveLength(0);
    expect(document.querySelectorAll("rebound-widget")).toHaveLength(1);
  });

  it("lets a second copy of the loader leave the first in charge", () => {
    installStub(ORIGIN);
    const first = takeOver(undefined);
    const api = window.Rebound;
    expect(first).not.toBeNull();
    expect(takeOver(undefined)).toBeNull();
    expect(window.Rebound).toBe(api);
  });
});
