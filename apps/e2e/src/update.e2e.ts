import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { precompressFile } from "@rebound/precompress";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeInBrowser } from "./harness/app.js";
import { OWN_APP_START_MS, OWN_APP_TEST_MS, useOwnApps, type OwnApp } from "./harness/own-app.js";
import { repoRoot } from "./harness/paths.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import { checkForUpdate, waitForServiceWorkerControl } from "./harness/service-worker.js";
import { expectStep, nextStep, STEP, startDebrief } from "./harness/wizard.js";

/**
 * Deploy a second build into `dist` as a release would: a changed page and the service worker
 * that precaches it (the page's precache revision is its MD5, as Workbox writes it), each
 * precompressed again as the build does, since the server prefers the .br and .gz beside a file.
 */
async function publishNewBuild(dist: string): Promise<void> {
  const page = (await readFile(join(dist, "index.html"), "utf8")).replace(
    "</head>",
    '<meta name="rebound-build" content="2"></head>',
  );
  await writeFile(join(dist, "index.html"), page);
  precompressFile(join(dist, "index.html"));
  const worker = await readFile(join(dist, "sw.js"), "utf8");
  const revision = createHash("md5").update(page).digest("hex");
  const next = worker.replace(
    /\{url:"index\.html",revision:"[0-9a-f]+"\}/,
    `{url:"index.html",revision:"${revision}"}`,
  );
  if (next === worker) throw new Error("sw.js does not precache index.html as expected.");
  await writeFile(join(dist, "sw.js"), next);
  precompressFile(join(dist, "sw.js"));
}

describeInBrowser("a new version", () => {
  const own = useOwnApps();
  let dist = "";
  afterAll(async () => {
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  let app: OwnApp;
  // The server serves a copy of the build, so the test can publish a second one into it.
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), "rebound-e2e-web-"));
    await cp(join(repoRoot, "apps/web/dist"), dist, { recursive: true });
    app = await own.start({ REBOUND_WEB_DIST: dist });
  }, OWN_APP_START_MS);

  it(
    "is announced, never reloads under the person's typing, and applies on Reload",
    async () => {
      const { browser } = app;
      const page = await browser.context.newPage();
      await page.goto("/");
      await waitForServiceWorkerControl(page);

      await startDebrief(page);
      await nextStep(page);
      await nextStep(page);
      await expectStep(page, STEP.howItWent);
      const field = page.getByLabel(/^What went well\?/);
      await field.fill("The opening question, half a thought");
      await page.evaluate(() => {
        (window as unknown as { sameDocument: boolean }).sameDocument = true;
      });

      await publishNewBuild(dist);
      await checkForUpdate(page);
      const prompt = page
        .getByRole("status")
        .filter({ hasText: "A new version of Rebound is ready" });
      await prompt.waitFor();
      // Announced, not applied: the page, the answer being typed and the focus stay put.
      expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
      expect(await field.inputValue()).toBe("The opening question, half a thought");
      expect(await page.locator('meta[name="rebound-build"]').count()).toBe(0);
      expect(await inspectScreen(page, "update-prompt")).toEqual(CLEAN_SCREEN);

      await prompt.getByRole("button", { name: "Reload" }).click();
      await page.locator('meta[name="rebound-build"]').waitFor({ state: "attached" });
      expect(await page.evaluate(() => "sameDocument" in window)).toBe(false);
      // The new version opens where the person was, with what they typed.
      await expectStep(page, STEP.howItWent);
      expect(await field.inputValue()).toBe("The opening question, half a thought");
      expect(await prompt.count()).toBe(0);
    },
    OWN_APP_TEST_MS,
  );
});
