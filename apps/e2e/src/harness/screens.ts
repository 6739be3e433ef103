import type { Page } from "playwright-core";
import { seriousAxeViolations, type AxeViolation } from "./axe.js";
import { horizontalOverflowAt, screenshotBothWidths, WIDTHS } from "./layout.js";

export interface ScreenReport {
  violations: AxeViolation[];
  /** Pixels of horizontal overflow at each width; 0 means no sideways scroll. */
  overflow: Record<number, number>;
}

/**
 * The checks every main screen gets: axe-core (serious and critical only, printed), no
 * horizontal scroll at phone and desktop widths, and screenshots at both to look at.
 */
export async function inspectScreen(page: Page, name: string): Promise<ScreenReport> {
  const violations = await seriousAxeViolations(page);
  for (const v of violations)
    console.log(`axe ${name}: ${v.impact} ${v.id}: ${v.help} at ${v.targets.join(" | ")}`);
  console.log(`axe ${name}: ${violations.length} serious or critical violations`);
  const overflow: Record<number, number> = {};
  for (const width of WIDTHS) overflow[width] = await horizontalOverflowAt(page, width);
  await screenshotBothWidths(page, name);
  return { violations, overflow };
}

/** What a clean screen reports, for `expect(report).toEqual(CLEAN_SCREEN)`. */
export const CLEAN_SCREEN: ScreenReport = { violations: [], overflow: { 375: 0, 1280: 0 } };
