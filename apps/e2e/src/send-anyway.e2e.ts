import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import { completeDebrief, type Scenario } from "./harness/wizard.js";

const CALM_NEXT_DAY: Scenario = {
  rawness: "Fairly calm",
  interviewer: { name: "Marie Okafor", email: "marie@harbour.example" },
  organisation: { name: "Harbour Accounting" },
  status: "Waiting to hear",
};

describeInBrowser("sending a draft the checker still has findings on", () => {
  const app = useApp();

  it("asks 'send anyway?' before Copy, and copies only when told", async () => {
    // A controllable clock, so the cool-off that holds the drafts can pass in a moment.
    const { page, errors } = await app.open("/", (p) => p.clock.install({ time: new Date() }));
    await completeDebrief(page, CALM_NEXT_DAY);
    await page.getByRole("link", { name: "Open my drafts" }).click();
    const thankYou = page.getByRole("article", { name: "Thank-you email" });
    const editor = thankYou.getByRole("textbox", { name: /Edit your draft/ });
    await editor.press("Control+End");
    await editor.pressSequentially(" Thank you again, Mary.");
    await thankYou.getByText(/"Mary" looks like a misspelling/).waitFor();
    await page.evaluate(() => navigator.clipboard.writeText("nothing copied yet"));
    await page.clock.fastForward("48:00:00");

    await thankYou.getByRole("button", { name: "Copy" }).click();
    const question = thankYou.getByRole("group", { name: /still has 1 thing for you to look at/ });
    await question.waitFor();
    expect(
      await question
        .getByRole("button", { name: "Look at the draft again" })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("nothing copied yet");
    expect(await inspectScreen(page, "drafts-send-anyway")).toEqual(CLEAN_SCREEN);

    await question.getByRole("button", { name: "Copy anyway" }).click();
    await thankYou.getByText(/^Copied\./).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /Thank you again, Mary\.$/,
    );

    // The mail app: the same question, and the link it offers is the draft's own.
    const mail = thankYou.getByRole("link", { name: "Open in mail app" });
    const href = await mail.getAttribute("href");
    await mail.click();
    const anyway = thankYou.getByRole("link", { name: "Open in mail app anyway" });
    expect(await anyway.getAttribute("href")).toBe(href);
    await page.keyboard.press("Escape");
    await mail.waitFor();
    expect(errors).toEqual([]);
  });
});
