import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { screenshotDir } from "./paths.js";

export const WIDTHS = [375, 1280] as const;

/**
 * Resizes the viewport and waits until the page has seen the new width and painted twice since:
 * a resize is laid out on the next frame, so reading the layout before then reads the old one.
 */
async function resizeTo(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.waitForFunction((wanted) => window.innerWidth === wanted, width);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/** Full-page screenshots of the current screen at phone and desktop widths. */
export async function screenshotBothWidths(page: Page, name: string): Promise<string[]> {
  mkdirSync(screenshotDir, { recursive: true });
  const original = page.viewportSize();
  const paths: string[] = [];
  for (const width of WIDTHS) {
    await resizeTo(page, width);
    const path = join(screenshotDir, `${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    paths.push(path);
  }
  if (original) await page.setViewportSize(original);
  return paths;
}

/** How far the page overflows sideways at the given width (0 = no horizontal scroll). */
export async function horizontalOverflowAt(page: Page, width: number): Promise<number> {
  const original = page.viewportSize();
  await resizeTo(page, width);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (original) await page.setViewportSize(original);
  return overflow;
}
