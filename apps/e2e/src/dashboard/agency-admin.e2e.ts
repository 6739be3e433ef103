import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { startHostServer, type HostServer } from "../embed/host-server.js";
import { describeInBrowser } from "../harness/app.js";
import { seriousAxeViolations } from "../harness/axe.js";
import { launchBrowser, type RunningBrowser } from "../harness/browser.js";
import { horizontalOverflowAt } from "../harness/layout.js";
import { screenshotDir } from "../harness/paths.js";
import { type AgencyFixture, brandAgency, createAgency, openDashboard } from "./agency-fixture.js";

const AGENCY = "Quayside Talent";

describeInBrowser("dashboard: snippets, preview, secret key and shares", () => {
  const reboundOrigin = inject("baseUrl");
  let host: HostServer | null = null;
  let browser: RunningBrowser | null = null;
  let agency: AgencyFixture = { publishableKey: "", secretKey: "" };

  beforeAll(async () => {
    host = await startHostServer();
    agency = await createAgency(reboundOrigin, AGENCY, host.origin);
    await brandAgency(reboundOrigin, agency.secretKey, {
      modes: ["inline", "popup", "floatingButton"],
      theme: { colorPrimary: "#0b5cad" },
    });
    browser = await launchBrowser(reboundOrigin);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  async function signedIn(): Promise<Page> {
    if (!browser) throw new Error("not set up");
    const page = await browser.context.newPage();
    await openDashboard(page, reboundOrigin, AGENCY, agency.secretKey);
    return page;
  }

  const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

  it("gives a snippet per mode; the pop-up's, pasted into a page, shows a button that opens the coach", async () => {
    if (!host || !browser) throw new Error("not set up");
    const page = await signedIn();
    const install = region(page, "Add the widget to your site");
    await install.getByRole("radio", { name: "Pop-up" }).check();
    const snippet = (await install.locator("pre").first().textContent()) ?? "";
    expect(snippet).toContain('data-rebound-mode="popup"');
    await install.screenshot({ path: `${screenshotDir}dashboard-install-popup.png` });
    await install.getByRole("radio", { name: "Floating button" }).check();
    const floating = (await install.locator("pre").first().textContent()) ?? "";
    expect(floating).toContain('data-rebound-mode="floatingButton"');
    await page.close();

    // Exactly what the agency copied, pasted into its page, and nothing else.
    host.set("/pasted", {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers</title></head><body><main><h1>Careers</h1>${snippet}</main></body></html>`,
    });
    const site = await browser.context.newPage();
    await site.goto(`${host.origin}/pasted`);
    const button = site.getByRole("button", { name: "Had a tough interview? Talk it through" });
    const box = await button.boundingBox();
    expect(box?.height).toBeGreaterThan(10);
    await button.click();
    await site.getByRole("dialog").waitFor();
    const frame = site.frameLocator("rebound-widget iframe");
    await frame.getByRole("heading", { name: "Where things stand" }).waitFor();
    await site.close();
  });

  it("previews unsaved wording and colours in each mode, in the loader's own chrome", async () => {
    const page = await signedIn();
    const appearance = region(page, "Appearance and wording");
    await appearance.getByLabel("Widget title").fill("Rough interview? Start here");
    await appearance.getByLabel("Floating button label").fill("Talk it through");
    await appearance.getByLabel("Primary colour (buttons, links)", { exact: true }).fill("#8a1538");

    const preview = page.frameLocator('iframe[title="Preview of your widget"]');
    await preview.getByRole("heading", { name: "Rough interview? Start here" }).waitFor();

    await appearance.getByRole("radio", { name: "Pop-up" }).check();
    const dialog = appearance.getByRole("dialog", { name: "Rough interview? Start here" });
    await dialog.waitFor();
    await page
      .frameLocator('iframe[title="Preview of your widget"]')
      .getByRole("heading", { name: "Where things stand" })
      .waitFor();
    await appearance.screenshot({ path: `${screenshotDir}dashboard-preview-popup.png` });

    await appearance.getByRole("radio", { name: "Floating button" }).check();
    const launcher = appearance.getByRole("button", { name: "Talk it through" });
    await launcher.waitFor();
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      "rgb(138, 21, 56)",
    );
    await appearance.screenshot({ path: `${screenshotDir}dashboard-preview-floating.png` });
    await launcher.click();
    await appearance.getByRole("dialog", { name: "Rough interview? Start here" }).waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflowAt(page, 375)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("deletes a share after asking, and downloads every share as CSV", async () => {
    if (!host) throw new Error("not set up");
    for (const name of ["Ana Lima", "Ben Okafor"]) {
      const response = await fetch(`${reboundOrigin}/api/v1/widget/share`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: host.origin },
        body: JSON.stringify({
          key: agency.publishableKey,
          hostOrigin: host.origin,
          consent: true,
          summary: {
            name,
            contact: `${name.split(" ")[0]?.toLowerCase() ?? "x"}@example.com`,
            planHeadline: "Thank-you email today",
          },
        }),
      });
      expect(response.status).toBe(200);
    }
    const page = await signedIn();
    const shares = region(page, "Shared by candidates");
    await shares.getByRole("heading", { name: "Ben Okafor" }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      shares.getByRole("link", { name: "Download all as CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rebound-shares-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv).toContain("id,shared_at,name,contact,role,plan_headline,debrief_json");
    expect(csv).toContain("Ana Lima,ana@example.com");
    expect(csv).toContain("Ben Okafor,ben@example.com");

    await shares.getByRole("button", { name: "Delete Ben Okafor’s summary" }).click();
    await shares.getByRole("button", { name: "Delete for good" }).click();
    await shares.getByText("Deleted.").waitFor();
    await page.reload();
    await region(page, "Shared by candidates").getByRole("heading", { name: "Ana Lima" }).waitFor();
    expect(
      await region(page, "Shared by candidates")
        .getByRole("heading", { name: "Ben Okafor" })
        .count(),
    ).toBe(0);
    await page.close();
  });

  it("rolls the secret key: the new one is shown once and works, the old one stops at once", async () => {
    const page = await signedIn();
    const panel = region(page, "Secret key");
    await panel.getByRole("button", { name: "Roll the secret key" }).click();
    await panel.getByRole("button", { name: "Yes, roll the secret key" }).click();
    const shown = panel.getByRole("region", { name: "Your new secret key" });
    const newKey = ((await shown.locator("pre").textContent()) ?? "").trim();
    expect(newKey).toMatch(/^sk_/);
    expect(await shown.textContent()).toContain("The old key no longer works.");
    await panel.screenshot({ path: `${screenshotDir}dashboard-secret-key.png` });

    const agencyWith = (key: string) =>
      fetch(`${reboundOrigin}/api/v1/agency`, { headers: { authorization: `Bearer ${key}` } });
    expect((await agencyWith(agency.secretKey)).status).toBe(401);
    expect((await agencyWith(newKey)).status).toBe(200);
    // The session that rolled it stays signed in.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: AGENCY }).waitFor();
    agency = { ...agency, secretKey: newKey };
    await page.close();
  });
});
