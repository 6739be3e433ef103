import type { Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, inject } from "vitest";
import { launchBrowser, type BrowserOptions, type RunningBrowser } from "./browser.js";
import { screenshotDir } from "./paths.js";

/** Skips the suite (with the reason printed by the global setup) when there is no Chromium. */
export function describeInBrowser(name: string, body: () => void): void {
  describe.skipIf(inject("skipReason") !== "")(name, body);
}

export interface AppPage {
  page: Page;
  /** Every alert/confirm/prompt the page opened: hostile input must never open one. */
  dialogs: string[];
  /** Uncaught errors in the page. */
  errors: string[];
}

export interface AppHandle {
  readonly baseUrl: string;
  /** A new tab at `path`; `beforeLoad` runs first (to install a fake clock, say). */
  open: (path?: string, beforeLoad?: (page: Page) => Promise<void>) => Promise<AppPage>;
}

/** A fresh Chromium profile for this file, closed after it. */
export function useApp(options: BrowserOptions = {}): AppHandle {
  const baseUrl = inject("baseUrl");
  let browser: RunningBrowser | null = null;
  beforeAll(async () => {
    browser = await launchBrowser(baseUrl, options);
  });
  const pages: Page[] = [];
  // A failing test leaves a picture of where it stopped, next to the screen screenshots.
  afterEach(async ({ task }) => {
    if (task.result?.state === "fail") {
      mkdirSync(screenshotDir, { recursive: true });
      const name = task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
      for (const [index, page] of pages.entries()) {
        if (!page.isClosed())
          await page.screenshot({
            path: join(screenshotDir, `failed-${name}-${index}.png`),
            fullPage: true,
          });
      }
    }
    pages.length = 0;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl,
    open: async (path = "/", beforeLoad) => {
      if (!browser) throw new Error("The browser is not running.");
      const page = await browser.context.newPage();
      pages.push(page);
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await beforeLoad?.(page);
      await page.goto(path);
      return { page, dialogs, errors };
    },
  };
}
