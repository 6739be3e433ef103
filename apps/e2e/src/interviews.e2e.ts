import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import { readIndexedDb } from "./harness/stored-data.js";
import { completeDebrief, type Scenario } from "./harness/wizard.js";

const HARBOUR: Scenario = {
  rawness: "Fairly calm",
  interviewer: { name: "Marie Okafor", email: "marie@harbour.example" },
  organisation: { name: "Harbour Accounting", role: "Payroll analyst" },
  status: "Waiting to hear",
};
const NORTHWIND: Scenario = {
  rawness: "Fairly calm",
  interviewer: { name: "Dana Whitfield", email: "dana@northwind.example" },
  organisation: { name: "Northwind Traders", role: "Graduate analyst" },
  status: "They said no",
};

const interviewOf = (page: Page) => new URL(page.url()).searchParams.get("interview") ?? "";
const planHeading = (page: Page) => page.getByRole("heading", { level: 1, name: "Your plan" });

/** Wait until the person's edit of a draft is in IndexedDB (it is written as they type). */
async function waitForStoredEdit(page: Page, key: string, text: string): Promise<void> {
  await expect
    .poll(async () => JSON.stringify(await readIndexedDb(page, "rebound-drafts", "edits", key)), {
      timeout: 10_000,
    })
    .toContain(text);
}

describeInBrowser("several interviews on one device", () => {
  const app = useApp();

  it("keeps two interviews side by side, each with its plan and drafts, through a reload", async () => {
    const { page, errors } = await app.open("/");
    await completeDebrief(page, HARBOUR);
    const harbour = interviewOf(page);

    await page.getByRole("link", { name: "Rebound", exact: true }).click();
    await completeDebrief(page, NORTHWIND);
    const northwind = interviewOf(page);
    expect(northwind).not.toBe(harbour);
    expect(harbour).not.toBe("");

    // Tab two: the first interview's drafts, edited.
    const { page: second } = await app.open(`/drafts?interview=${harbour}`);
    const thankYou = second.getByRole("article", { name: "Thank-you email" });
    const editor = thankYou.getByRole("textbox");
    await editor.press("Control+End");
    await editor.pressSequentially(" Harbour only.");
    await waitForStoredEdit(second, `${harbour}/thank-you-email`, "Harbour only.");

    await Promise.all([page.reload(), second.reload()]);
    await planHeading(page).waitFor();
    await page.getByText(/For your interview at Northwind Traders/).waitFor();
    expect(await editor.inputValue()).toMatch(/Harbour only\.$/);
    expect(await second.getByText(/Marie/).count()).toBeGreaterThan(0);
    // Northwind was a rejection: its drafts hold a reply to it, not Harbour's thank-you.
    await page.goto(`/drafts?interview=${northwind}`);
    await page.locator('article[data-template="rejection-reply"]').waitFor();
    expect(await page.locator('article[data-template="thank-you-email"]').count()).toBe(0);

    await page.goto("/");
    const list = page.getByRole("region", { name: "Your interviews" });
    await list.getByRole("link", { name: /Northwind Traders/ }).waitFor();
    expect(await list.getByRole("link").allTextContents()).toEqual([
      "Northwind Traders, Graduate analyst",
      "Harbour Accounting, Payroll analyst",
    ]);
    expect(await inspectScreen(page, "start-interviews")).toEqual(CLEAN_SCREEN);

    // The journal opens each interview.
    await page.goto("/journal");
    await page.getByRole("link", { name: /Harbour Accounting/ }).click();
    await planHeading(page).waitFor();
    await page.getByText(/For your interview at Harbour Accounting/).waitFor();
    expect(interviewOf(page)).toBe(harbour);
    expect(await inspectScreen(page, "plan-from-journal")).toEqual(CLEAN_SCREEN);
    expect(errors).toEqual([]);
  });
});
