import { beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "./harness/app.js";
import { OWN_APP_START_MS, OWN_APP_TEST_MS, useOwnApps, type OwnApp } from "./harness/own-app.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import { waitForServiceWorkerControl } from "./harness/service-worker.js";
import { completeDebrief, type Scenario } from "./harness/wizard.js";

// The first visit installs the coach; from then on it needs no network at all: the whole
// debrief, the plan, the drafts and a reload happen with the browser offline and the server gone.
const ON_A_TRAIN: Scenario = {
  rawness: "Fairly calm",
  interviewer: { name: "Dana Whitfield", email: "dana@contoso.example" },
  organisation: { name: "Contoso Pharma", role: "Lab coordinator" },
  status: "Waiting to hear",
};

describeInBrowser("the coach offline", () => {
  const own = useOwnApps();
  let app: OwnApp;
  beforeAll(async () => {
    app = await own.start();
  }, OWN_APP_START_MS);

  it(
    "works offline from the first load: start, plan, drafts and a reload",
    async () => {
      const { server, browser } = app;
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto("/");
      await waitForServiceWorkerControl(page);

      // Online, the API and the widget's page still come from the server, never the worker.
      const api = await page.evaluate(async () => {
        const response = await fetch("/api/v1/catalogue/strategies");
        return response.headers.get("content-type");
      });
      expect(api).toContain("application/json");
      // The cached shell says frame-ancestors 'none': this answer is the server's, per request.
      const embed = await page.goto("/embed?preview=1");
      expect(embed?.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
      await page.goto("/");

      // The network goes: the browser is offline and the server is gone.
      await browser.context.setOffline(true);
      await server.stop();

      await completeDebrief(page, ON_A_TRAIN);
      await page.getByRole("link", { name: "Open my drafts" }).click();
      await page.getByRole("heading", { level: 1, name: "Your drafts" }).waitFor();
      const thankYou = page.getByRole("article", { name: "Thank-you email" });
      const draft = await thankYou.getByRole("textbox").inputValue();
      expect(draft).toContain("Dana");

      await page.reload();
      await page.getByRole("heading", { level: 1, name: "Your drafts" }).waitFor();
      expect(await thankYou.getByRole("textbox").inputValue()).toBe(draft);
      expect(await inspectScreen(page, "drafts-offline")).toEqual(CLEAN_SCREEN);

      // A screen never opened before, by its address, offline.
      await page.goto("/journal");
      await page.getByRole("heading", { name: /Contoso Pharma/ }).waitFor();
      // Server pages are not the coach: offline they fail like any page, never a stale shell.
      await expect(page.goto("/api/docs")).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
      expect(errors).toEqual([]);
    },
    OWN_APP_TEST_MS,
  );
});
