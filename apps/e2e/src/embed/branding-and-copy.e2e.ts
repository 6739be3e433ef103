import { beforeEach, expect, it } from "vitest";
import { describeInBrowser } from "../harness/app.js";
import { screenshotDir } from "../harness/paths.js";
import { lastWeekdayMorning } from "../harness/working-hours.js";
import {
  hostEvents,
  trpc,
  useEmbedWorld,
  waitForEvent,
  widget,
  widgetFrame,
} from "./embed-world.js";
import { buildPlanInWidget } from "./widget-flow.js";

const BRAND = {
  theme: {
    colorPrimary: "#0b5cad",
    colorBackground: "#f7f9fc",
    borderRadius: 14,
    fontFamily: "Georgia",
  },
  copy: { title: "Bounce back with Harbour", launcherLabel: "Talk it through" },
};

describeInBrowser("embed: the agency's brand on the host page, and Copy inside the widget", () => {
  const world = useEmbedWorld(BRAND);
  beforeEach(() => world.forgetAnswers());

  it("the launcher wears the agency's colour, font and label, and the dialog its title", async () => {
    const page = await world.open("/branded", {
      body: `<p>Open roles in logistics and finance.</p>`,
      script: `Rebound("init", { key: "${world.key}", mode: "floatingButton", id: "fab" });`,
    });
    const launcher = page.locator(`${widget("fab")} .launcher`);
    await expect.poll(() => launcher.textContent()).toBe(BRAND.copy.launcherLabel);
    const look = await launcher.evaluate((button) => {
      const style = getComputedStyle(button);
      return { background: style.backgroundColor, color: style.color, font: style.fontFamily };
    });
    expect(look).toEqual({
      background: "rgb(11, 92, 173)",
      color: "rgb(255, 255, 255)",
      font: expect.stringContaining("Georgia") as unknown,
    });
    expect(await page.getByRole("button", { name: BRAND.copy.launcherLabel }).count()).toBe(1);
    await page.screenshot({ path: `${screenshotDir}embed-launcher-branded.png` });

    await launcher.click();
    await waitForEvent(page, "ready@fab");
    const dialog = page.getByRole("dialog", { name: BRAND.copy.title });
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      "rgb(247, 249, 252)",
    );
    await widgetFrame(page, "fab").getByRole("heading", { name: "Where things stand" }).waitFor();
    await page.screenshot({ path: `${screenshotDir}embed-modal-branded.png` });
    await page.close();
  });

  it("Copy puts the draft on the clipboard; draftCopied reaches the host and the usage counts", async () => {
    // A weekday morning two days after the interview: the cool-off is over and it is working
    // hours, so the thank-you email is due now, whenever the suite runs.
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const morning = lastWeekdayMorning(new Date(), zone);
    await world.browser.context.clock.setSystemTime(morning);
    const interviewDate = new Date(morning.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
    const page = await world.open("/copy", {
      body: `<div data-rebound-key="${world.key}" data-rebound-id="coach" data-rebound-organisation="Northwind" data-rebound-interview-date="${interviewDate}"></div>`,
    });
    await waitForEvent(page, "ready@coach");
    const frame = widgetFrame(page, "coach");
    await frame.getByRole("heading", { name: "Where things stand" }).waitFor();
    await buildPlanInWidget(frame);
    await frame.getByRole("button", { name: "Show the drafts" }).click();
    // A draft whose step is due now (later steps are held back, without a Copy button).
    const draft = frame
      .locator("article.rb-draft")
      .filter({ has: frame.getByRole("button", { name: "Copy", exact: true }) })
      .first();
    const text = await draft.getByRole("textbox").first().inputValue();
    expect(text.length).toBeGreaterThan(40);
    await page.evaluate(() => navigator.clipboard.writeText("something else"));

    await draft.getByRole("button", { name: "Copy", exact: true }).click();
    await draft.getByText("Copied. Paste it into your email or notes.").waitFor();
    // What the candidate pastes: the clipboard itself, read back on the host page.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await waitForEvent(page, "draftCopied@coach");
    expect(await hostEvents(page)).toContain("planGenerated@coach");

    // The agency's own counts, as its dashboard reads them.
    await expect
      .poll(async () => {
        const days = await trpc<{ draftsCopied: number }[]>(
          world.reboundOrigin,
          "agency.usage",
          world.secretKey,
          { days: 1 },
          "query",
        );
        return days.reduce((sum, day) => sum + day.draftsCopied, 0);
      })
      .toBe(1);
    await page.close();
    // Back to the real time for the tests after this one (the clock flows on from there).
    await world.browser.context.clock.setSystemTime(new Date());
  });
});
