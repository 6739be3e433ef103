import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { waitUntilStored } from "./harness/stored.js";
import {
  answerStep,
  answerSteps,
  expectStep,
  STEP,
  startDebrief,
  type Scenario,
} from "./harness/wizard.js";

// (d) Autosave on every change: a reload in the middle of the wizard lands on the same step
// with every answer of the short path, including one typed a moment before the reload.
const HALF_DONE: Scenario = {
  rawness: "Uneasy",
  wentWell: "Clear answer on month-end close",
  slip: {
    what: "Called her Mary instead of Marie",
    kind: "Used the wrong name",
    noticed: "Yes, surely",
  },
  interviewer: { name: "Marie Okafor" },
  organisation: { name: "Tailspin Toys" },
};

describeInBrowser("reloading mid-wizard", () => {
  const app = useApp();

  it("loses nothing", async () => {
    const { page, errors } = await app.open("/");
    await startDebrief(page);
    await answerSteps(page, HALF_DONE, { until: STEP.organisation });
    await answerStep(page, HALF_DONE);
    // Autosave writes to IndexedDB asynchronously: reload once the last answer has landed there.
    await waitUntilStored(page, "Tailspin Toys");
    await page.reload();

    await expectStep(page, STEP.organisation);
    expect(await page.getByLabel(/^Organisation name/).inputValue()).toBe("Tailspin Toys");
    const back = page.getByRole("button", { name: "Back", exact: true });
    await back.click();
    await expectStep(page, STEP.people);
    expect(
      await page.getByRole("group", { name: "Interviewer 1" }).getByLabel(/^Name/).inputValue(),
    ).toBe("Marie Okafor");
    await back.click();
    await expectStep(page, STEP.howItWent);
    expect(await page.getByLabel(/^What went well\?/).inputValue()).toBe(
      "Clear answer on month-end close",
    );
    expect(await page.getByLabel(/^What happened\?/).inputValue()).toBe(
      "Called her Mary instead of Marie",
    );
    expect(await page.getByRole("radio", { name: "Yes, surely" }).isChecked()).toBe(true);
    await back.click();
    await expectStep(page, STEP.followUps);
    await back.click();
    await expectStep(page, STEP.standing);
    expect(await page.getByRole("radio", { name: "Uneasy" }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });
});
