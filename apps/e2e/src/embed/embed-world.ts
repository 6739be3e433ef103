import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchBrowser, type RunningBrowser } from "../harness/browser.js";
import { startHostServer, type HostServer } from "./host-server.js";
import { hostPageHtml, type HostPageOptions } from "./host-page.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Provided by the harness's global setup, which starts the server with this admin token. */
    adminToken: string;
  }
}

interface TrpcResult<T> {
  result?: { data: T };
  error?: { message: string };
}

/** A tRPC call with a bearer token: a mutation by default, a query when `input` is undefined and `query` set. */
export async function trpc<T>(
  baseUrl: string,
  path: string,
  token: string,
  input: unknown,
  kind: "query" | "mutation" = "mutation",
): Promise<T> {
  const query = `?input=${encodeURIComponent(JSON.stringify(input ?? null))}`;
  const response = await fetch(`${baseUrl}/api/trpc/${path}${kind === "query" ? query : ""}`, {
    method: kind === "query" ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(kind === "query" ? {} : { body: JSON.stringify(input) }),
  });
  const body = (await response.json()) as TrpcResult<T>;
  if (!body.result)
    throw new Error(`${path} failed (${response.status}): ${body.error?.message ?? "no result"}`);
  return body.result.data;
}

/** An agency that allows exactly `origin`, with every widget mode switched on and `settings` applied. */
async function createAgency(
  baseUrl: string,
  origin: string,
  settings: Record<string, unknown>,
): Promise<{ key: string; secretKey: string }> {
  const { agency, secretKey } = await trpc<{
    agency: { publishableKey: string };
    secretKey: string;
  }>(baseUrl, "admin.createAgency", inject("adminToken"), {
    name: "Northwind Talent",
    origins: [origin],
  });
  await trpc(baseUrl, "agency.update", secretKey, {
    modes: ["inline", "popup", "floatingButton"],
    ...settings,
  });
  return { key: agency.publishableKey, secretKey };
}

export interface EmbedWorld {
  readonly reboundOrigin: string;
  readonly host: HostServer;
  /** The agency's publishable key. */
  readonly key: string;
  /** The agency's secret key, for its own API calls (usage counts, settings). */
  readonly secretKey: string;
  readonly browser: RunningBrowser;
  /** Forgets answers in progress the widget keeps on this browser, so the next test starts at step 1. */
  forgetAnswers(): Promise<void>;
  /** Opens `url` (a page the host server already serves) in a new tab. */
  visit(url: string): Promise<Page>;
  /** Serves a host page at `path` (on both host origins) and opens it in a new tab. */
  open(
    path: string,
    options: Omit<HostPageOptions, "reboundOrigin"> & {
      origin?: string;
      headers?: Record<string, string>;
    },
  ): Promise<Page>;
}

/**
 * Two origins, as in production: the agency's site (a loopback port of its own) and the Rebound
 * server the harness started. One agency per file allows the first origin only; `settings`
 * (theme, copy, modes) are applied to it through the agency API.
 */
export function useEmbedWorld(settings: Record<string, unknown> = {}): EmbedWorld {
  const reboundOrigin = inject("baseUrl");
  let host: HostServer | null = null;
  let browser: RunningBrowser | null = null;
  let keys = { key: "", secretKey: "" };
  beforeAll(async () => {
    host = await startHostServer();
    keys = await createAgency(reboundOrigin, host.origin, settings);
    browser = await launchBrowser(host.origin, { alsoGrant: [reboundOrigin] });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });
  return {
    reboundOrigin,
    get host() {
      if (!host) throw new Error("The host server is not running.");
      return host;
    },
    get key() {
      return keys.key;
    },
    get secretKey() {
      return keys.secretKey;
    },
    get browser() {
      if (!browser) throw new Error("The browser is not running.");
      return browser;
    },
    async forgetAnswers() {
      if (!browser) throw new Error("The browser is not running.");
      const tab = await browser.context.newPage();
      await tab.goto(`${reboundOrigin}/healthz`);
      await tab.evaluate(async () => {
        for (const { name } of await indexedDB.databases())
          if (name) indexedDB.deleteDatabase(name);
      });
      await tab.close();
    },
    async visit(url) {
      if (!browser) throw new Error("The browser is not running.");
      const tab = await browser.context.newPage();
      tab.on("pageerror", (error) => console.error(`host page error: ${error.message}`));
      await tab.goto(url);
      return tab;
    },
    async open(path, { origin, headers, ...page }) {
      if (!host) throw new Error("The host server is not running.");
      host.set(path, {
        html: hostPageHtml({ reboundOrigin, ...page }),
        ...(headers ? { headers } : {}),
      });
      return this.visit(`${origin ?? host.origin}${path}`);
    },
  };
}

/** Events the host page heard so far, as `type@instance`. */
export const hostEvents = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { reboundEvents: string[] }).reboundEvents);

/** Waits until the host page has heard `event` (as `type@instance`). */
export async function waitForEvent(page: Page, event: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (wanted) => (window as unknown as { reboundEvents: string[] }).reboundEvents.includes(wanted),
    event,
    {
      timeout,
    },
  );
}

/** The widget frame of one instance (its URL names the instance). */
export function widgetFrame(page: Page, instance: string): Frame {
  const frame = page
    .frames()
    .find((f) => new URL(f.url(), "http://x").searchParams.get("instance") === instance);
  if (!frame)
    throw new Error(
      `No frame for ${instance}; frames: ${page
        .frames()
        .map((f) => f.url())
        .join(", ")}`,
    );
  return frame;
}

/** `rebound-widget[data-instance=…]` pierced by Playwright's CSS engine (it crosses open shadow roots). */
export const widget = (instance: string): string => `rebound-widget[data-instance="${instance}"]`;
