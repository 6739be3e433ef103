import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import { expectStep, STEP } from "./harness/wizard.js";

const WIZARD_CHUNK = /\/assets\/wizard-screen-[\w-]+\.js$/;

describeInBrowser("a screen whose code cannot be fetched", () => {
  // No service worker: it would serve the chunk from its precache, where routes cannot reach
  // (its own script fetch is not the page's, so routing sw.js away is not enough).
  const app = useApp({ serviceWorkers: "block" });

  it("shows what happened and a Try again that works once the connection is back", async () => {
    const { page, errors } = await app.open("/");
    await page.route(WIZARD_CHUNK, (route) => route.abort("internetdisconnected"));

    await page.getByRole("button", { name: "Start a debrief" }).click();
    await page.getByRole("heading", { level: 1, name: "This screen could not load" }).waitFor();
    expect(await page.getByRole("alert").textContent()).toMatch(/You may be offline/);
    expect(await inspectScreen(page, "screen-error")).toEqual(CLEAN_SCREEN);

    // Still failing: fetched again, still explained, never blank.
    await Promise.all([
      page.waitForEvent("requestfailed", (request) => WIZARD_CHUNK.test(request.url())),
      page.getByRole("button", { name: "Try again" }).click(),
    ]);
    await page.getByRole("heading", { level: 1, name: "This screen could not load" }).waitFor();

    await page.unroute(WIZARD_CHUNK);
    await page.getByRole("button", { name: "Try again" }).click();
    await expectStep(page, STEP.standing);
    expect(errors).toEqual([]);
  });
});
