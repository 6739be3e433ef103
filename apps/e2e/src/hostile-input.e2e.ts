import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowser, useApp } from "./harness/app.js";
import { completeDebrief, type Scenario } from "./harness/wizard.js";

// (c) Whatever a person types is text: markup in any field is shown literally on every
// screen and never runs.
const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = '"><script>alert(2)</script>';
const SVG = "<svg onload=alert(3)>";

const HOSTILE: Scenario = {
  rawness: "Fairly calm",
  wentWell: SVG,
  forgotten: { kind: "Experience", detail: SCRIPT },
  interviewer: { name: IMG },
  organisation: { name: IMG, role: SCRIPT },
  unpreparedQuestion: SVG,
};

/** Elements the strings would have created, had any been parsed as HTML. */
async function injectedElements(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll("img[src='x'], main script, svg[onload], [onerror], [onload]")
        .length,
  );
}

describeInBrowser("hostile strings", () => {
  const app = useApp();

  it("are shown literally on the plan, the drafts and the journal, and never run", async () => {
    const { page, dialogs, errors } = await app.open("/");
    await completeDebrief(page, HOSTILE);
    await page.getByText(IMG).first().waitFor();
    expect(await injectedElements(page)).toBe(0);

    await page.getByRole("link", { name: "Open my drafts" }).click();
    const thankYou = page.locator('article[data-template="thank-you-email"]');
    const body = await thankYou.getByRole("textbox").inputValue();
    expect(body).toContain(IMG);
    expect(body).toContain(SCRIPT);
    expect(await injectedElements(page)).toBe(0);

    await page.goto("/journal");
    await page.getByRole("heading", { name: `${IMG}, ${SCRIPT}` }).waitFor();
    await page.getByText(SVG).first().waitFor();
    expect(await injectedElements(page)).toBe(0);

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
