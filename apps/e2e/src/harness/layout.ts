import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { screenshotDir } from "./paths.js";

export const WIDTHS = [375, 1280] as const;

/** Full-page screenshots of the current screen at phone and desktop widths. */
export async function screenshotBothWidths(page: Page, name: string): Promise<string[]> {
  mkdirSync(screenshotDir, { recursive: true });
  const original = page.viewportSize();
  const paths: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(100);
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
  await page.setViewportSize({ width, height: 900 });
  await page.waitForTimeout(100);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (original) await page.setViewportSize(original);
  return overflow;
}
