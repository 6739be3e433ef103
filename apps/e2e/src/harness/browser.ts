import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = process.env.REBOUND_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Whether the suite can run here. Without Chromium locally the suite is skipped with a
 * printed reason; in CI a missing browser is a failure (.ci/run installs it).
 */
export function chromiumSkipReason(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  if (isCi()) throw new Error(`Chromium is required in CI but ${CHROMIUM_PATH} does not exist.`);
  return `Skipping the end-to-end suite: ${CHROMIUM_PATH} is missing (apt-get install chromium).`;
}

/** CI=true (or 1), as CI services set it; CI=false is a developer opting out. */
function isCi(): boolean {
  const value = process.env.CI?.toLowerCase();
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}

export interface RunningBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export interface BrowserOptions {
  /** "block" keeps the app's service worker out, so page.route sees every request. */
  serviceWorkers?: "allow" | "block";
  /** Origins besides `baseURL` granted the clipboard (the widget's, whose frame writes to it). */
  alsoGrant?: readonly string[];
}

/**
 * Debian's Chromium with a fresh profile, so no state leaks between files or runs. The clipboard
 * is granted to `baseURL` and to `options.alsoGrant`.
 */
export async function launchBrowser(
  baseURL: string,
  options: BrowserOptions = {},
): Promise<RunningBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), "rebound-e2e-profile-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL,
    viewport: { width: 1280, height: 900 },
    reducedMotion: "reduce",
    serviceWorkers: options.serviceWorkers ?? "allow",
  });
  // Fail in seconds, not the default 30: a missing control is a broken screen, not a slow one.
  context.setDefaultTimeout(10_000);
  for (const origin of [baseURL, ...(options.alsoGrant ?? [])])
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
