import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import {
  addDetails,
  answerSteps,
  buildPlan,
  startDebrief,
  type Scenario,
} from "./harness/wizard.js";

// (b) Waiting to hear, then the no arrives: the plan is chosen again, the drafts now hold a
// gracious reply, and its feedback question appears only now that they are out of the running
// (an early-career candidate, so asking is worth it): one line of the reply, not a message of its own.
const WAITING_EARLY_CAREER: Scenario = {
  rawness: "Fairly calm",
  interviewer: { name: "Dana Whitfield", email: "dana@northwind.example" },
  organisation: { name: "Northwind Traders", role: "Graduate analyst", size: "Large corporation" },
  status: "Waiting to hear",
  yearsExperience: 2,
};

const draft = (id: string) => `article[data-template="${id}"]`;

describeInBrowser("the status changes to rejected", () => {
  const app = useApp();

  it("re-chooses the plan: a gracious reply, with the feedback question inside it only now", async () => {
    const { page, errors } = await app.open("/");
    await startDebrief(page);
    await answerSteps(page, WAITING_EARLY_CAREER);
    const planMs = await buildPlan(page);
    // The years are detail for a candidate still waiting: they matter once the answer is no.
    await addDetails(page, WAITING_EARLY_CAREER);
    console.log(
      planMs === null
        ? "plan shown in ? ms (no rebound:plan measure)"
        : `plan shown in ${planMs} ms`,
    );

    await page.getByRole("link", { name: "Open my drafts" }).click();
    await page.locator(draft("thank-you-email")).waitFor();
    expect(await page.locator(draft("rejection-reply")).count()).toBe(0);
    expect(await page.locator(draft("feedback-request")).count()).toBe(0);
    const thankYou = await page.locator(draft("thank-you-email")).getByRole("textbox").inputValue();
    expect(thankYou).not.toMatch(/stronger for a role like this/);

    await page.goBack();
    await page.getByLabel("Where things stand now").selectOption({ label: "They said no" });
    await page
      .getByRole("article")
      .filter({ hasText: /gracious|rejection|reply/i })
      .first()
      .waitFor();
    expect(await inspectScreen(page, "plan-rejected")).toEqual(CLEAN_SCREEN);

    await page.getByRole("link", { name: "Open my drafts" }).click();
    const reply = page.locator(draft("rejection-reply"));
    await reply.waitFor();
    const replyText = await reply.getByRole("textbox").inputValue();
    expect(replyText).toContain("Dana");
    expect(replyText.match(/stronger for a role like this\?/g)).toHaveLength(1);
    expect(await page.locator(draft("feedback-request")).count()).toBe(0);
    expect(await page.locator(draft("thank-you-email")).count()).toBe(0);
    expect(await inspectScreen(page, "drafts-rejected")).toEqual(CLEAN_SCREEN);
    expect(errors).toEqual([]);
  });
});
