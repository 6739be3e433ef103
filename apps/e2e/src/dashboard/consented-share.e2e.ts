import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { startHostServer, type HostServer } from "../embed/host-server.js";
import { hostPageHtml } from "../embed/host-page.js";
import { describeInBrowser } from "../harness/app.js";
import { seriousAxeViolations } from "../harness/axe.js";
import { launchBrowser, type RunningBrowser } from "../harness/browser.js";
import { horizontalOverflowAt, screenshotBothWidths } from "../harness/layout.js";
import { buildPlanInWidget } from "../embed/widget-flow.js";
import { type AgencyFixture, brandAgency, createAgency } from "./agency-fixture.js";

const AGENCY = "Harbour Recruiting";
const CTA = { ctaLabel: "Book a call with a consultant", ctaUrl: "https://harbour.example/call" };

/** Events the agency's page heard, as `type@instance`. */
const hostEvents = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { reboundEvents: string[] }).reboundEvents);

function coachFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes("/embed?"));
  if (!frame) throw new Error("The widget frame is not on the page.");
  return frame;
}

describeInBrowser("dashboard: a consented share reaches the agency", () => {
  const reboundOrigin = inject("baseUrl");
  let host: HostServer | null = null;
  let browser: RunningBrowser | null = null;
  let agency: AgencyFixture = { publishableKey: "", secretKey: "" };

  beforeAll(async () => {
    host = await startHostServer();
    agency = await createAgency(reboundOrigin, AGENCY, host.origin);
    await brandAgency(reboundOrigin, agency.secretKey, {
      theme: {
        colorPrimary: "#0b5cad",
        colorBackground: "#f7f9fc",
        borderRadius: 14,
        fontFamily: "Georgia",
      },
      copy: {
        title: "Bounce back after a tough interview",
        intro: "Answer a few questions and leave with a plan.",
        ...CTA,
      },
    });
    browser = await launchBrowser(reboundOrigin);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it("shares from the widget on the agency's site, then shows up in the signed-in dashboard", async () => {
    if (!host || !browser) throw new Error("not set up");
    host.set("/careers", {
      html: hostPageHtml({
        reboundOrigin,
        body: `<div data-rebound-key="${agency.publishableKey}" data-rebound-id="coach" data-rebound-organisation="Northwind"></div>`,
      }),
    });
    const site = await browser.context.newPage();
    await site.goto(`${host.origin}/careers`);
    await site.waitForFunction(() =>
      (window as unknown as { reboundEvents: string[] }).reboundEvents.includes("ready@coach"),
    );
    const frame = coachFrame(site);
    await frame.getByRole("heading", { name: "Where things stand" }).waitFor();
    // The agency's tokens, as CSS custom properties inside the frame.
    const primary = await frame.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue("--rb-color-primary"),
    );
    expect(primary.trim()).toBe("#0b5cad");
    await screenshotBothWidths(site, "embed-first-step");

    await buildPlanInWidget(frame);
    await frame.getByRole("button", { name: `Share a summary with ${AGENCY}` }).click();
    await frame.getByLabel("Your name").fill("Ana Lima");
    await frame.getByLabel(/How they can reach you/).fill("ana.lima@example.com");
    // Without the agreement ticked, nothing is sent.
    await frame.getByRole("button", { name: `Send to ${AGENCY}` }).click();
    await frame.getByText("Tick the box to agree before anything is sent").waitFor();
    await frame.getByRole("checkbox", { name: `I agree to send this to ${AGENCY}` }).check();
    await screenshotBothWidths(site, "embed-consent");
    await frame.getByRole("button", { name: `Send to ${AGENCY}` }).click();
    await frame.getByRole("heading", { name: `Sent to ${AGENCY}` }).waitFor();
    expect(await frame.getByRole("link", { name: CTA.ctaLabel }).getAttribute("href")).toBe(
      CTA.ctaUrl,
    );
    await screenshotBothWidths(site, "embed-shared");

    const events = await hostEvents(site);
    expect(events).toEqual(
      expect.arrayContaining([
        "ready@coach",
        "stepChanged@coach",
        "planGenerated@coach",
        "shared@coach",
      ]),
    );
    expect(events.indexOf("planGenerated@coach")).toBeLessThan(events.indexOf("shared@coach"));
    await site.close();

    const dashboard = await browser.context.newPage();
    await dashboard.goto("/dashboard");
    await dashboard.getByLabel("Secret key").fill("sk_not_the_right_key_at_all");
    await dashboard.getByRole("button", { name: "Sign in" }).click();
    await dashboard.getByText(/That secret key is not valid/).waitFor();
    await dashboard.getByLabel("Secret key").fill(agency.secretKey);
    await dashboard.getByRole("button", { name: "Sign in" }).click();
    await dashboard.getByRole("heading", { level: 1, name: AGENCY }).waitFor();

    const shares = dashboard.getByRole("region", { name: "Shared by candidates" });
    await shares.getByRole("heading", { name: "Ana Lima" }).waitFor();
    expect(await shares.textContent()).toContain("ana.lima@example.com");
    // The raw debrief was not ticked, so it is not there.
    expect(await shares.getByText(/Full debrief/).count()).toBe(0);
    const usage = dashboard.getByRole("table", { name: "Widget use per day" });
    // Usage loads on its own, beside the shares: wait for its first day.
    await usage.getByRole("row").nth(1).waitFor();

    // The session is an HttpOnly cookie the page's scripts cannot read.
    const cookie = (await browser.context.cookies(reboundOrigin)).find(
      (c) => c.name === "rebound_session",
    );
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    expect(await dashboard.evaluate(() => document.cookie)).not.toContain("rebound_session");

    // The live preview is the real widget, in the agency's draft colours.
    const preview = dashboard.frameLocator('iframe[title="Preview of your widget"]');
    await preview.getByRole("heading", { name: "Where things stand" }).waitFor();
    await dashboard.getByLabel("Primary colour (buttons, links)", { exact: true }).fill("#8a1538");
    await expect
      .poll(() =>
        preview
          .locator("html")
          .evaluate((html) => getComputedStyle(html).getPropertyValue("--rb-color-primary").trim()),
      )
      .toBe("#8a1538");

    expect(await seriousAxeViolations(dashboard)).toEqual([]);
    expect(await horizontalOverflowAt(dashboard, 375)).toBeLessThanOrEqual(0);
    await screenshotBothWidths(dashboard, "dashboard");

    await dashboard.getByRole("button", { name: "Sign out" }).click();
    await dashboard.getByLabel("Secret key").waitFor();
    await dashboard.reload();
    await dashboard.getByLabel("Secret key").waitFor();
    await dashboard.close();
  });

  it("keeps in-progress answers in the frame when the page is closed and opened again", async () => {
    if (!host || !browser) throw new Error("not set up");
    // Another agency: answers are kept per agency key, so this starts from a blank debrief.
    const other = await createAgency(reboundOrigin, "Quay Careers", host.origin);
    host.set("/jobs", {
      html: hostPageHtml({
        reboundOrigin,
        body: `<div data-rebound-key="${other.publishableKey}" data-rebound-id="keep"></div>`,
      }),
    });
    const site = await browser.context.newPage();
    await site.goto(`${host.origin}/jobs`);
    let frame = await (async () => {
      await site.waitForFunction(() =>
        (window as unknown as { reboundEvents: string[] }).reboundEvents.includes("ready@keep"),
      );
      return coachFrame(site);
    })();
    await frame.getByRole("radio", { name: "Uneasy", exact: true }).check();
    await frame.getByRole("button", { name: "Next", exact: true }).click();
    await frame.getByRole("heading", { name: "Follow-ups so far" }).waitFor();

    await site.reload();
    await site.waitForFunction(() =>
      (window as unknown as { reboundEvents: string[] }).reboundEvents.includes("ready@keep"),
    );
    frame = coachFrame(site);
    await frame.getByRole("heading", { name: "Follow-ups so far" }).waitFor();
    await frame.getByRole("button", { name: "Back", exact: true }).click();
    await frame.getByRole("heading", { name: "Where things stand" }).waitFor();
    await expect
      .poll(() => frame.getByRole("radio", { name: "Uneasy", exact: true }).isChecked())
      .toBe(true);
    await site.close();
  });

  it("opened directly with an unknown key, explains that the widget cannot start", async () => {
    if (!browser) throw new Error("not set up");
    const page = await browser.context.newPage();
    await page.goto("/embed?key=pk_unknown_key_00000");
    await page.getByRole("heading", { name: "The coach is not available here" }).waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("agency key is not recognised");
    await page.close();
  });

  it("standalone on an allowed site: themed, accessible, and fits a phone", async () => {
    if (!browser) throw new Error("not set up");
    const own = await createAgency(reboundOrigin, "Quay Careers", reboundOrigin);
    await brandAgency(reboundOrigin, own.secretKey, {
      theme: { colorPrimary: "#6b2fa3", fontFamily: "Verdana" },
    });
    const page = await browser.context.newPage();
    await page.goto(`/embed?key=${own.publishableKey}`);
    await page.getByRole("heading", { name: "Where things stand" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflowAt(page, 375)).toBeLessThanOrEqual(0);
    await screenshotBothWidths(page, "embed-standalone");
    await page.close();
  });
});
