import type { Page } from "playwright-core";

/** Wait until the app's service worker controls the page, its precache complete. */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 60_000): Promise<void> {
  // Polled with evaluate: page.waitForFunction answered "true" here while the controller was
  // still null. The controller is set only once the worker activated (clientsClaim), after
  // its precache was complete.
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    if (Date.now() > deadline)
      throw new Error(`No service worker controlled the page within ${timeoutMs} ms.`);
    await page.waitForTimeout(100);
  }
}

/** Ask the browser to look for a new service worker now, as it does on a visit or an hourly check. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}
