import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import {
  addDetails,
  answerSteps,
  buildPlan,
  STEP,
  startDebrief,
  type Scenario,
} from "./harness/wizard.js";

// (a) An interview that ended an hour ago and still stings: the plan starts with a cool-off,
// the thank-you draft carries the forgotten certificate, the linter catches "Mary", one click
// fixes it, and once the cool-off is over the draft can be copied.
const FRESH_BAD_INTERVIEW: Scenario = {
  rawness: "Raw: it still stings",
  wentWell: "Walked them through my reconciliation project",
  severity: "Noticeably badly",
  forgotten: { kind: "Education or a qualification", detail: "my CIMA payroll certificate" },
  interviewer: { name: "Marie Okafor", email: "marie.okafor@harbour.example" },
  candidateName: "Sam Rivera",
  organisation: { name: "Harbour Accounting", role: "Payroll analyst", size: "Small" },
};

// Smallest first: the first unit found is the one the countdown rounded to.
const UNIT_MINUTES = [
  ["minute", 1],
  ["hour", 60],
  ["day", 24 * 60],
] as const;

/** "Held for 1 day 3 hours more" → milliseconds, plus one of the smallest unit shown (it is rounded). */
function heldForMs(text: string): number {
  let minutes = 0;
  let rounding: number | null = null;
  for (const [unit, size] of UNIT_MINUTES) {
    const match = new RegExp(`(\\d+) ${unit}s?\\b`).exec(text);
    if (!match) continue;
    minutes += Number(match[1]) * size;
    rounding ??= size;
  }
  return (minutes + (rounding ?? 1)) * 60_000;
}

describeInBrowser("a fresh bad interview", () => {
  const app = useApp();

  it("holds the drafts during the cool-off, then lets the fixed thank-you be copied", async () => {
    // A controllable clock from the first script on, so the cool-off can pass in a moment.
    const { page, errors } = await app.open("/", (p) => p.clock.install({ time: new Date() }));
    expect(await inspectScreen(page, "start")).toEqual(CLEAN_SCREEN);

    await startDebrief(page);
    expect(await inspectScreen(page, "wizard-step-1")).toEqual(CLEAN_SCREEN);
    await answerSteps(page, FRESH_BAD_INTERVIEW, { until: STEP.people });
    expect(await inspectScreen(page, "wizard-people")).toEqual(CLEAN_SCREEN);
    await answerSteps(page, FRESH_BAD_INTERVIEW);
    await buildPlan(page);
    await addDetails(page, FRESH_BAD_INTERVIEW);

    const coolOff = page.getByRole("region", { name: "Cool-off" });
    await coolOff.waitFor();
    expect(await inspectScreen(page, "plan")).toEqual(CLEAN_SCREEN);

    await page.getByRole("link", { name: "Open my drafts" }).click();
    await page.getByRole("heading", { level: 1, name: "Your drafts" }).waitFor();
    const thankYou = page.getByRole("article", { name: "Thank-you email" });
    const editor = thankYou.getByRole("textbox", { name: /Edit your draft/ });
    expect(await editor.inputValue()).toContain("CIMA payroll certificate");

    const held = thankYou.getByText(/^Held for .* more$/);
    await held.waitFor();
    expect(await thankYou.getByRole("button", { name: "Copy" }).count()).toBe(0);
    expect(await inspectScreen(page, "drafts")).toEqual(CLEAN_SCREEN);

    await editor.press("Control+End");
    await editor.pressSequentially(" I enjoyed meeting you, Mary.");
    const finding = thankYou
      .getByRole("listitem")
      .filter({ hasText: '"Mary" looks like a misspelling' });
    await finding.getByRole("button", { name: "Fix" }).click();
    expect(await editor.inputValue()).toMatch(/I enjoyed meeting you, Marie\.$/);

    await page.clock.fastForward(heldForMs((await held.textContent()) ?? ""));
    await thankYou.getByRole("button", { name: "Copy" }).click();
    await thankYou.getByText(/^Copied\./).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await editor.inputValue());
    expect(copied).toContain("CIMA payroll certificate");
    expect(errors).toEqual([]);
  });
});
