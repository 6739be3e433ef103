import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import { answerSteps, buildPlan, STEP, startDebrief, type Scenario } from "./harness/wizard.js";

const HARBOUR: Scenario = {
  rawness: "Fairly calm",
  wentWell: "Explained the payroll migration clearly",
  interviewer: { name: "Marie Okafor", email: "marie@harbour.example" },
  organisation: { name: "Harbour Accounting", role: "Payroll analyst" },
  status: "Waiting to hear",
};
const NORTHWIND: Scenario = {
  rawness: "Fairly calm",
  interviewer: { name: "Dana Whitfield", email: "dana@northwind.example" },
  organisation: { name: "Northwind Traders" },
  status: "Waiting to hear",
};

const article = (page: Page, name: RegExp) => page.getByRole("article", { name });

/** Everything this origin keeps: each IndexedDB database's keys, and localStorage's. */
async function storedOnDevice(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const found: Record<string, string[]> = { localStorage: Object.keys(localStorage) };
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error("open failed"));
      });
      const keys: string[] = [];
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<IDBValidKey[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAllKeys();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error("read failed"));
        });
        keys.push(...all.map((key) => `${store}/${JSON.stringify(key)}`));
      }
      db.close();
      found[name] = keys;
    }
    return found;
  });
}

describeInBrowser("the plan tells the truth as things change", () => {
  const app = useApp();

  it("a thank-you marked done and answered takes the follow-up off the plan; the review starts done", async () => {
    const { page, errors } = await app.open("/");
    await startDebrief(page);
    await answerSteps(page, HARBOUR);
    await buildPlan(page);

    // The wizard was the review: its step starts out done.
    const review = article(page, /Review the interview/);
    await review.getByRole("button", { name: "Mark done", pressed: true }).waitFor();

    const thankYou = article(page, /thank-you email/i);
    await thankYou.getByRole("button", { name: "Mark done" }).click();
    // Still cooling off or not: a step not due yet asks first.
    const early = thankYou.getByRole("button", { name: "Yes, it's done" });
    if (await early.isVisible()) await early.click();
    await thankYou.getByRole("button", { name: "Mark done", pressed: true }).waitFor();

    await article(page, /follow-up/i).waitFor();
    await thankYou.getByRole("checkbox", { name: "They replied" }).check();
    await page.getByText("They replied, so the follow-up is off your plan.").waitFor();
    await expect.poll(() => article(page, /follow-up/i).count()).toBe(0);

    // A reload chooses the same plan again from what was stored.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
    await thankYou.getByRole("button", { name: "Mark done", pressed: true }).waitFor();
    expect(await article(page, /follow-up/i).count()).toBe(0);
    expect(await inspectScreen(page, "plan-marks")).toEqual(CLEAN_SCREEN);
    expect(errors).toEqual([]);
  });

  it("a list says its cap, counts, and refuses a line past it without losing one", async () => {
    const { page } = await app.open("/");
    await startDebrief(page);
    // Walk to the question, wherever the wizard asks it.
    const box = page.getByRole("textbox", { name: /^What went well\?/ });
    await answerSteps(page, NORTHWIND, { until: STEP.howItWent });
    const lines = Array.from({ length: 10 }, (_, i) => `Answer ${String(i + 1)}`).join("\n");
    await box.fill(lines);
    await page.getByText("10 of 10 lines").waitFor();
    await box.press("End");
    await box.press("Enter");
    await box.pressSequentially("Eleven");
    await page
      .getByText(/This list holds 10\. To add another, combine two lines/)
      .first()
      .waitFor();
    expect(await box.inputValue()).toBe(`${lines}\n`);

    await box.fill(`Answer 1\n${"x".repeat(185)}`);
    await page.getByText("2 of 10 lines · longest 185 of 200 characters").waitFor();
    expect(
      await page
        .getByRole("status")
        .filter({ hasText: /close to the 200-character limit/ })
        .count(),
    ).toBe(1);
    expect(await inspectScreen(page, "wizard-list-counter")).toEqual(CLEAN_SCREEN);
  });

  it("deletes one interview from the list, then everything from the journal, leaving nothing", async () => {
    const { page } = await app.open("/");
    await startDebrief(page);
    await answerSteps(page, NORTHWIND);
    await buildPlan(page);

    await page.goto("/");
    const list = page.getByRole("region", { name: "Your interviews" });
    await list.getByRole("link", { name: /Northwind Traders/ }).waitFor();
    await list.getByRole("button", { name: "Delete Northwind Traders" }).first().click();
    await list
      .getByText(/Delete your interview at Northwind Traders from this device/)
      .first()
      .waitFor();
    expect(await inspectScreen(page, "start-delete-confirm")).toEqual(CLEAN_SCREEN);
    const before = await list.getByRole("link", { name: /Northwind Traders/ }).count();
    await list.getByRole("button", { name: "Yes, delete it" }).click();
    await expect
      .poll(() => list.getByRole("link", { name: /Northwind Traders/ }).count())
      .toBe(before - 1);

    await page.goto("/journal");
    await page.getByRole("button", { name: "Delete everything" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await page
      .getByText("Your journal, interviews and drafts are deleted from this device.")
      .waitFor();
    await page.goto("/");
    await page.getByRole("button", { name: "Start a debrief" }).waitFor();
    expect(await page.getByRole("region", { name: "Your interviews" }).count()).toBe(0);
    const stored = await storedOnDevice(page);
    expect(Object.values(stored).flat()).toEqual([]);
  });
});

describeInBrowser("a debrief saved to the server opens from its link in a fresh browser", () => {
  const saver = useApp();
  const other = useApp();

  it("resumes on another profile with nothing serious for axe", async () => {
    const { page } = await saver.open("/");
    await startDebrief(page);
    await answerSteps(page, HARBOUR);
    await buildPlan(page);
    await page.getByRole("button", { name: "Save a private copy" }).click();
    const link = await page.getByRole("textbox", { name: "Your private resume link" }).inputValue();
    expect(link).toMatch(/\/resume\/[^#]+#.+/);

    const { page: fresh, errors } = await other.open(new URL(link).pathname + new URL(link).hash);
    await fresh.getByText(/Your debrief about the interview at/).waitFor();
    expect(await inspectScreen(fresh, "resume-found")).toEqual(CLEAN_SCREEN);
    await fresh.getByRole("button", { name: "Open it on this device" }).click();
    await fresh.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
    await fresh.getByText(/For your interview at Harbour Accounting/).waitFor();
    expect(errors).toEqual([]);
  });
});
