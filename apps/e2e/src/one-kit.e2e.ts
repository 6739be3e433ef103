import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import {
  completeDebrief,
  expectStep,
  STEP,
  startDebrief,
  type Scenario,
} from "./harness/wizard.js";

// (d) Issue 10, as a person sees it: a law firm's front-runner on the worst day. The drafts of one
// kit side by side hold one repair email (the forgotten point, one apology, the words she wrote
// about the day and the one request, each said once), greet the partner as she chose, and go out
// in working hours; the calendar has one event per message.
const LAW_FIRM: Scenario = {
  rawness: "Uneasy",
  wentWell: "the discussion of the merger timetable",
  severity: "Very badly",
  slip: { what: "Lost my thread on due diligence", kind: "Went blank", noticed: "Yes, surely" },
  forgotten: { kind: "Experience", detail: "I ran the data room for the Harland acquisition" },
  interviewer: {
    name: "Priya Natarajan",
    email: "p.natarajan@haleward.example",
    honorific: "Dr",
  },
  candidateName: "Eleanor Voss",
  organisation: { name: "Hale & Ward LLP", role: "Corporate Associate", size: "Small" },
  status: "Waiting to hear",
  strength: "Strong",
  leaning: "Yes",
  believesFit: "Yes",
  circumstance: {
    what: "Mum collapsed at breakfast, I went straight from the hospital",
    wordsForEmployer: "My mother was taken to hospital on the morning of our interview.",
  },
};

const WORDS = "my mother was taken to hospital on the morning of our interview.";

/** Every draft on the drafts screen: template, body, and when it goes out. */
async function draftsOnScreen(page: Page) {
  return page.locator("article[data-template]").evaluateAll((cards) =>
    cards.map((card) => ({
      template: card.getAttribute("data-template") ?? "",
      body: card.querySelector("textarea")?.value ?? "",
      sendAt: card.querySelector(".rb-draft__meta time")?.getAttribute("datetime") ?? null,
    })),
  );
}

describeInBrowser("one kit, side by side", () => {
  const app = useApp();

  it("is one repair email, greeted as chosen, sent in working hours, one calendar event per message", async () => {
    const { page, errors } = await app.open("/");
    await completeDebrief(page, LAW_FIRM);

    // The plan says where each section goes.
    const apology = page.getByRole("article", {
      name: "Apologise for one specific slip, in one line",
    });
    await apology.getByText("Said in your thank-you email").waitFor();
    expect(await inspectScreen(page, "plan-one-kit")).toEqual(CLEAN_SCREEN);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Add to calendar" }).click();
    // Unfolded: long lines are folded at 75 octets (RFC 5545 §3.1).
    const ics = (await readFile(await (await download).path(), "utf8")).replace(/\r\n[ \t]/g, "");

    await page.getByRole("link", { name: "Open my drafts" }).click();
    await page.locator('article[data-template="thank-you-email"] textarea').waitFor();
    const drafts = await draftsOnScreen(page);
    expect(drafts.map((draft) => draft.template)).toEqual([
      "thank-you-email",
      "handwritten-note",
      "follow-up",
    ]);
    const [thankYou] = drafts;
    const body = thankYou?.body ?? "";
    expect(body.startsWith("Hi Priya,\n")).toBe(true);
    for (const once of [
      WORDS,
      "data room for the Harland acquisition",
      "meet again|another conversation",
    ]) {
      const everywhere = drafts.map((draft) => draft.body).join("\n");
      expect(everywhere.match(new RegExp(once, "g")), once).toHaveLength(1);
    }
    expect(body).toMatch(/\b(sorry|apologise)\b/);
    expect(drafts.map((draft) => draft.body).join("\n")).not.toMatch(
      /Mum collapsed|hospital, I went/,
    );

    // Every message goes out on a weekday between 08:00 and 18:00 where the person is.
    const hours = await page.evaluate(
      (times) =>
        times.map((iso) => {
          const at = new Date(iso);
          return { day: at.getDay(), hour: at.getHours() };
        }),
      drafts.map((draft) => draft.sendAt ?? ""),
    );
    for (const { day, hour } of hours) {
      expect(day).toBeGreaterThanOrEqual(1);
      expect(day).toBeLessThanOrEqual(5);
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(18);
    }
    expect(await inspectScreen(page, "drafts-one-kit")).toEqual(CLEAN_SCREEN);

    await page.getByRole("radio", { name: /Formal/ }).check();
    const formal = page.locator('article[data-template="thank-you-email"] textarea');
    await expect.poll(() => formal.inputValue()).toMatch(/^Dear Dr Natarajan,\n/);

    // The calendar: one event per message plus the review, in the person's zone, in plain words.
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const summaries = [...ics.matchAll(/^SUMMARY:(.*)\r$/gm)].map((match) => match[1]);
    expect(summaries).toEqual([
      "Review the interview\\, starting with what went well",
      "Send your thank-you email to Priya Natarajan at Hale & Ward LLP",
      "Write and post your handwritten note to Priya Natarajan at Hale & Ward LLP",
      "Send your one follow-up to Priya Natarajan at Hale & Ward LLP",
    ]);
    expect(ics).toContain(`DTSTART;TZID=${zone}:`);
    expect(ics).not.toMatch(/Drafts in Rebound|\(Hale & Ward LLP\)/);
    expect(errors).toEqual([]);
  });
});

describeInBrowser("an interview that cannot be", () => {
  const app = useApp();

  it("is refused in plain words on the first step, and no plan is built", async () => {
    const { page } = await app.open("/");
    await startDebrief(page);
    const field = page.getByLabel("When did the interview end?");
    await field.fill("1906-04-18T13:12");
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await page.getByText(/more than a year ago/).waitFor();
    await expectStep(page, STEP.standing);
    expect(await field.getAttribute("aria-invalid")).toBe("true");
  });
});
