import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
// The same receiver the API's own tests use: an agency's endpoint that verifies with `standardwebhooks`.
import {
  deadEndpointUrl,
  startWebhookReceiver,
  verified,
  type WebhookReceiver,
} from "../../../api/test/support/webhook-receiver.js";
import { startHostServer, type HostServer } from "../embed/host-server.js";
import { hostPageHtml } from "../embed/host-page.js";
import { buildPlanInWidget, shareFromWidget } from "../embed/widget-flow.js";
import { describeInBrowser } from "../harness/app.js";
import { launchBrowser, type RunningBrowser } from "../harness/browser.js";
import { screenshotDir } from "../harness/paths.js";
import { startServer, type RunningServer } from "../harness/server.js";
import { createAgency, openDashboard } from "./agency-fixture.js";

const AGENCY = "Harbour Recruiting";
const WAIT = { timeout: 20_000, interval: 100 };

/**
 * Its own server, so the test can stop and start it: the real `start`, with retries 4 s apart
 * (time for the dashboard, which refreshes every 2 s, to show one) and three attempts in all.
 */
const SERVER_ENV = {
  WEBHOOK_RETRY_BASE_MS: "4000",
  WEBHOOK_RETRY_MAX_MS: "4000",
  WEBHOOK_MAX_ATTEMPTS: "3",
  WEBHOOK_POLL_MS: "100",
};

describeInBrowser("dashboard: signed webhooks reach the agency's system", () => {
  let dataDir = "";
  let server: RunningServer | null = null;
  let host: HostServer | null = null;
  let browser: RunningBrowser | null = null;
  let receiver: WebhookReceiver | null = null;
  let agency = { publishableKey: "", secretKey: "" };
  let secret = "";

  const start = async (port?: number) => {
    server = await startServer({
      dataDir,
      ...(port ? { port } : {}),
      env: { ...SERVER_ENV, REBOUND_ADMIN_TOKEN: inject("adminToken") },
    });
    return server;
  };
  const url = () => server?.url ?? "";
  /** What the receiver got, by position (negative from the end). */
  const received = (index: number) => {
    const request = receiver?.received.at(index);
    if (!request) throw new Error(`The receiver has no request ${String(index)}.`);
    return request;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "rebound-e2e-webhooks-"));
    await start();
    host = await startHostServer();
    receiver = await startWebhookReceiver();
    agency = await createAgency(url(), AGENCY, host.origin);
    browser = await launchBrowser(url());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await host?.close();
    await receiver?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function dashboard(): Promise<Page> {
    if (!browser) throw new Error("not set up");
    const page = await browser.context.newPage();
    await openDashboard(page, url(), AGENCY, agency.secretKey);
    return page;
  }

  const panel = (page: Page) => page.getByRole("region", { name: "Webhooks" });
  const latestRow = (page: Page) =>
    panel(page)
      .getByRole("table", { name: /Webhook deliveries/ })
      .getByRole("row")
      .nth(1);

  it("sets the endpoint in the dashboard, shows the secret once, and a test event arrives signed", async () => {
    if (!receiver) throw new Error("not set up");
    const page = await dashboard();
    const webhooks = panel(page);
    await webhooks.getByLabel(/Endpoint URL/).fill(receiver.url);
    await webhooks.getByRole("button", { name: "Save and get the signing secret" }).click();
    const shown = webhooks.getByRole("region", { name: "Your webhook signing secret" });
    secret = ((await shown.locator("pre").textContent()) ?? "").trim();
    expect(secret).toMatch(/^whsec_/);

    await webhooks.getByRole("button", { name: "Send a test event" }).click();
    await expect.poll(() => receiver?.received.length, WAIT).toBe(1);
    expect(verified(secret, received(0))).toMatchObject({ type: "webhook.test" });
    await expect
      .poll(() => latestRow(page).textContent(), WAIT)
      .toMatch(/Test event\s*Delivered 1 attempt\s*HTTP 204/);
    await webhooks.screenshot({ path: `${screenshotDir}dashboard-webhooks.png` });

    // Shown once: a reload shows the endpoint, never the secret again.
    await page.reload();
    await panel(page).getByRole("button", { name: "Send a test event" }).waitFor();
    expect(await page.content()).not.toContain(secret);
    await page.close();
  });

  it("a share from the widget arrives as the consented share and nothing more", async () => {
    if (!receiver || !host || !browser) throw new Error("not set up");
    host.set("/careers", {
      html: hostPageHtml({
        reboundOrigin: url(),
        body: `<div data-rebound-key="${agency.publishableKey}" data-rebound-id="coach" data-rebound-organisation="Northwind"></div>`,
      }),
    });
    const site = await browser.context.newPage();
    await site.goto(`${host.origin}/careers`);
    const frame = await (async () => {
      await site.waitForFunction(() =>
        (window as unknown as { reboundEvents: string[] }).reboundEvents.includes("ready@coach"),
      );
      const found = site.frames().find((f) => f.url().includes("/embed?"));
      if (!found) throw new Error("no widget frame");
      return found;
    })();
    await buildPlanInWidget(frame);
    await shareFromWidget(frame, AGENCY, { name: "Ana Lima", contact: "ana.lima@example.com" });
    await site.close();

    await expect.poll(() => receiver?.received.length, WAIT).toBe(2);
    const event = verified(secret, received(1)) as {
      type: string;
      data: Record<string, unknown>;
    };
    expect(event.type).toBe("share.created");
    // The summary's own fields (the debrief only if the candidate ticked it; here they did not).
    expect(Object.keys(event.data).sort()).toEqual([
      "contact",
      "id",
      "name",
      "planHeadline",
      "role",
      "sharedAt",
    ]);
    expect(event.data).toMatchObject({ name: "Ana Lima", contact: "ana.lima@example.com" });
  });

  it("a delivery waiting for its retry is made after the server restarts", async () => {
    if (!receiver || !server) throw new Error("not set up");
    receiver.answer(503);
    const page = await dashboard();
    await panel(page).getByRole("button", { name: "Send a test event" }).click();
    await expect
      .poll(() => latestRow(page).textContent(), WAIT)
      .toMatch(/Retrying.*The endpoint answered 503\./);
    await page.close();

    const port = Number(new URL(url()).port);
    await server.stop();
    receiver.answer(204);
    await start(port);

    // The receiver answered 503 until the server stopped: a delivery now is the new server's.
    const after = await dashboard();
    await expect
      .poll(() => latestRow(after).textContent(), WAIT)
      .toMatch(/Test event\s*Delivered [23] attempts\s*HTTP 204/);
    const last = received(-1);
    expect(last.headers["webhook-id"]).toBe(received(-2).headers["webhook-id"]);
    expect(verified(secret, last)).toMatchObject({ type: "webhook.test" });
    await after.close();
  });

  it("a dead receiver is retried, then marked failed, and the dashboard says why", async () => {
    const page = await dashboard();
    const webhooks = panel(page);
    await webhooks.getByLabel(/Endpoint URL/).fill(await deadEndpointUrl());
    await webhooks.getByRole("button", { name: "Save endpoint" }).click();
    await webhooks.getByText("Saved.").waitFor();
    await webhooks.getByRole("button", { name: "Send a test event" }).click();
    await expect.poll(() => latestRow(page).textContent(), WAIT).toMatch(/Retrying/);
    await expect
      .poll(() => latestRow(page).textContent(), WAIT)
      .toMatch(/Test event\s*Failed 3 attempts\s*Could not reach the endpoint \(ECONNREFUSED\)\./);
    await webhooks.screenshot({ path: `${screenshotDir}dashboard-webhooks-failed.png` });
    await page.close();
  });
});
