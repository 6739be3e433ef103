import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_TARGETS } from "./support/databases.js";
import { useListeningApp } from "./support/test-app.js";

/** Where the screenshots go, for a person to look at (git-ignored). */
const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../screenshots");

describe("the API reference in Chromium", () => {
  const test = useListeningApp(DATABASE_TARGETS[0]!);
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  it("renders the guide and every route from local assets only, within its CSP", async () => {
    const url = test.url;
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const elsewhere: string[] = [];
    const violations: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(url) && !request.url().startsWith("data:"))
        elsewhere.push(request.url());
    });
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) violations.push(message.text());
    });
    await page.goto(`${url}/api/docs`);
    await page.getByRole("heading", { name: "Getting started" }).waitFor();
    for (const heading of ["Authentication", "Errors", "Rate limits", "Idempotency"]) {
      await page.getByRole("heading", { name: heading, exact: true }).first().waitFor();
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, "api-reference-guide.png") });

    // A route: its curl and client samples, its answer example, its error answers.
    await page.goto(`${url}/api/docs#tag/debriefs/POST/debriefs`);
    const route = page.getByRole("heading", {
      name: "Save a debrief; returns its resume token once",
    });
    await route.waitFor();
    await route.scrollIntoViewIfNeeded();
    await page.getByText("Idempotency-Key", { exact: true }).first().waitFor();
    await page.getByText('"resumeToken"').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "api-reference-route.png") });

    expect(elsewhere).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
