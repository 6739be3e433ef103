/**
 * Widget speed on a phone: host click to the first question usable, in real Chromium with the
 * DevTools protocol's network and CPU throttling, cold (empty cache) and warm (second visit), with
 * and without `preload`. Prints medians; asserts nothing (figures, not a test).
 *
 *   pnpm --filter @rebound/e2e bench        (after pnpm build)
 */
import { randomBytes } from "node:crypto";
import { chromium, type Browser, type Page } from "playwright-core";
import { hostPageHtml } from "../src/embed/host-page.js";
import { startHostServer, type HostServer } from "../src/embed/host-server.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../src/harness/browser.js";
import { startServer } from "../src/harness/server.js";
import { OPEN_TIMING_SCRIPT, type OpenTiming } from "./open-timing.js";
import {
  MID_RANGE_PHONE_FAST_4G,
  MID_RANGE_PHONE_SLOW_4G,
  PHONE_PROCESS_MODEL,
  throttle,
  type Throttling,
  UNTHROTTLED,
} from "./throttle.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PROFILES = [UNTHROTTLED, MID_RANGE_PHONE_FAST_4G, MID_RANGE_PHONE_SLOW_4G];
/** BENCH_PROFILES=2 runs only the third profile (Slow 4G), "0,2" the first and third. */
const CHOSEN = (process.env.BENCH_PROFILES ?? "0,1,2")
  .split(",")
  .flatMap((index) => PROFILES[Number(index)] ?? []);

interface Scenario {
  throttling: Throttling;
  preload: boolean;
}

async function createAgency(baseUrl: string, token: string, origin: string): Promise<string> {
  const call = async (path: string, bearer: string, input: unknown) => {
    const response = await fetch(`${baseUrl}/api/trpc/${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { result?: { data: unknown } };
    if (!body.result) throw new Error(`${path} failed: ${JSON.stringify(body)}`);
    return body.result.data;
  };
  const created = (await call("admin.createAgency", token, {
    name: "Northwind Talent",
    origins: [origin],
  })) as { agency: { publishableKey: string }; secretKey: string };
  await call("agency.update", created.secretKey, { modes: ["popup"] });
  return created.agency.publishableKey;
}

/** The page is ready for a visitor's click: loaded, the site check answered (and, preloading, the widget ready). */
async function readyToClick(page: Page, preload: boolean): Promise<void> {
  await page.waitForLoadState("load");
  await page.waitForFunction(
    (preloaded) =>
      preloaded
        ? (window as unknown as { openTiming: OpenTiming }).openTiming.firstStepAt !== null
        : performance
            .getEntriesByType("resource")
            .some((entry) => entry.name.includes("/api/v1/widget/status")),
    preload,
    { timeout: 60_000 },
  );
}

/** One visit: open the page, click the trigger, wait until the first question is usable. */
async function visit(page: Page, url: string, preload: boolean): Promise<number> {
  await page.goto(url);
  await readyToClick(page, preload);
  await page.click("#help");
  const timing = await page.waitForFunction(
    () => {
      const t = (window as unknown as { openTiming: OpenTiming }).openTiming;
      return t.usableAt !== null && t.clickAt !== null ? t.usableAt - t.clickAt : null;
    },
    undefined,
    { timeout: 60_000 },
  );
  const ms = (await timing.jsonValue()) as number;
  // The figure means something only if the question is really there.
  const frame = page.frames().find((f) => f.url().includes("/embed?"));
  await frame?.getByRole("heading", { name: "Where things stand" }).waitFor();
  return ms;
}

/** Cold: a fresh browser context (empty cache). Warm: the same context, the page visited again. */
async function measure(browser: Browser, host: HostServer, scenario: Scenario) {
  const path = scenario.preload ? "/bench-preload" : "/bench";
  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await throttle(context, page, scenario.throttling);
    cold.push(await visit(page, `${host.origin}${path}`, scenario.preload));
    warm.push(await visit(page, `${host.origin}${path}`, scenario.preload));
    await context.close();
  }
  return { cold, warm };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const adminToken = randomBytes(24).toString("hex");
  const server = await startServer({ env: { REBOUND_ADMIN_TOKEN: adminToken, LOG_LEVEL: "warn" } });
  const host = await startHostServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // As on most Android phones, a cross-site frame shares its page's process (full site isolation
    // is a desktop default): one process, so the DevTools throttling covers the widget too.
    args: [...CHROMIUM_ARGS, ...PHONE_PROCESS_MODEL],
  });
  try {
    const key = await createAgency(server.url, adminToken, host.origin);
    for (const preload of [false, true]) {
      host.set(preload ? "/bench-preload" : "/bench", {
        html: hostPageHtml({
          reboundOrigin: server.url,
          body: `<p>Open roles in logistics and finance.</p><button id="help" type="button">Get interview help</button>`,
          script: `Rebound("init", { key: "${key}", mode: "popup", id: "bench", target: "#help", preload: ${String(preload)} });\n${OPEN_TIMING_SCRIPT}`,
        }),
      });
    }
    console.log(
      `Widget speed: host click to first question usable (median of ${String(ROUNDS)} rounds)`,
    );
    console.log("Targets on a mid-range phone on a slow network: cold <= 2.00 s, warm <= 0.50 s.");
    console.log("Cold: a new browser profile (empty cache); warm: the same page visited again.\n");
    for (const throttling of CHOSEN) {
      console.log(throttling.name);
      for (const preload of [false, true]) {
        const { cold, warm } = await measure(browser, host, { throttling, preload });
        const rounds = (values: number[]) => values.map((v) => (v / 1000).toFixed(2)).join(", ");
        console.log(
          `  ${preload ? "with preload   " : "without preload"}  cold ${seconds(median(cold))} [${rounds(cold)}]  warm ${seconds(median(warm))} [${rounds(warm)}]`,
        );
      }
    }
  } finally {
    await browser.close();
    await host.close();
    await server.stop();
  }
}

await main();
