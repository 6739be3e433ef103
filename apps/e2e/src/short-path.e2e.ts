import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeInBrowser, useApp } from "./harness/app.js";
import { seriousAxeViolations } from "./harness/axe.js";
import { CLEAN_SCREEN, inspectScreen } from "./harness/screens.js";
import {
  addDetail,
  answerSteps,
  buildPlan,
  DETAIL,
  newPerson,
  type Person,
  type Scenario,
  startDebrief,
} from "./harness/wizard.js";

// Issue 14: a first plan comes fast. Four people walk the short path, once with the mouse and
// once with the keyboard only; the screens, clicks and Tab presses each took are printed (before
// this change: 14 screens, 23–31 clicks and 103 Tabs for everyone). Every screen passes axe, and
// the plan opens at its top with focus on its heading, on a phone and on a desktop.

interface Story {
  name: string;
  scenario: Scenario;
  /** Screens before the first plan, the start screen included (the brief's way of counting). */
  maxScreens: number;
  /** Detail added from the plan afterwards, as this person would. */
  detail?: (typeof DETAIL)[keyof typeof DETAIL];
  /** Steps the plan must hold, and must not, once everything is in. */
  holds: string[];
  lacks: string[];
}

const STORIES: Story[] = [
  {
    name: "1 rejected by email this morning",
    scenario: {
      status: "They said no",
      endedDaysAgo: 3,
      rawness: "Raw: it still stings",
      interviewer: { name: "Tomás Reyes" },
      candidateName: "Alex Chen",
      organisation: { name: "Brightwater Health", role: "Data analyst" },
      keepInTouch: "Yes",
    },
    maxScreens: 6,
    holds: ["Reply graciously to Brightwater Health", "Stay in touch"],
    lacks: ["Send a short thank-you email to Brightwater Health"],
  },
  {
    name: "2 froze at a law firm, preferred candidate",
    scenario: {
      rawness: "Uneasy",
      wentWell: "the discussion of the merger timetable",
      severity: "Noticeably badly",
      slip: {
        what: "Froze on the question about conflict checks",
        kind: "Went blank",
        noticed: "Yes, surely",
      },
      interviewer: { name: "Priya Natarajan", honorific: "Dr" },
      candidateName: "Eleanor Voss",
      organisation: { name: "Hale & Ward LLP", formal: "Yes" },
      strength: "Strong",
      leaning: "Yes",
      wantJob: "Very much",
      believesFit: "Yes",
    },
    maxScreens: 8,
    holds: [
      "Send a short thank-you email to Hale & Ward LLP",
      "Apologise for one specific slip, in one line",
      "Ask for a ten-minute call",
      "Follow the email with a handwritten note",
    ],
    lacks: [],
  },
  {
    name: "3 a family emergency on the day, wants to explain",
    scenario: {
      rawness: "Uneasy",
      wentWell: "the part about the new billing system",
      interviewer: { name: "Marie Okafor" },
      organisation: { name: "Tailspin Toys" },
      circumstance: {
        what: "Dad was rushed to hospital the night before, I had not slept",
        wordsForEmployer: "My father was taken to hospital the night before our interview.",
      },
    },
    maxScreens: 8,
    detail: DETAIL.circumstance,
    holds: ["Send a short thank-you email to Tailspin Toys", "Explain what was going on, briefly"],
    lacks: [],
  },
  {
    name: "4 thank-you sent six days ago, no reply",
    scenario: {
      endedDaysAgo: 7,
      rawness: "Fairly calm",
      followUp: { daysAgo: 6 },
      interviewer: { name: "Dana Whitfield" },
      organisation: { name: "Northwind Traders" },
    },
    maxScreens: 8,
    holds: ["One polite follow-up, then let it rest"],
    lacks: ["Send a short thank-you email to Northwind Traders"],
  },
];

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

/** Where the plan opened: how far down, and what has focus. */
async function planOpening(page: Page) {
  return page.evaluate(() => ({
    scrollY: Math.round(window.scrollY),
    focus: `${document.activeElement?.tagName.toLowerCase() ?? ""}:${document.activeElement?.textContent.trim() ?? ""}`,
  }));
}

async function stepsOnPlan(page: Page): Promise<string[]> {
  return page
    .locator("article h3, article h2")
    .evaluateAll((titles) => titles.map((t) => t.textContent.trim()));
}

const report = (story: Story, who: Person, firstPlan: number) =>
  `short path, story ${story.name}, ${who.mode}: ${String(firstPlan)} screens to the first plan` +
  `${who.screens.length > firstPlan ? ` (+${String(who.screens.length - firstPlan)} detail)` : ""}, ` +
  `${String(who.clicks)} clicks, ${String(who.tabs)} Tabs [${who.screens.join(" › ")}]`;

describeInBrowser("the short path to a first plan", () => {
  const app = useApp();

  for (const story of STORIES) {
    for (const mode of ["mouse", "keyboard"] as const) {
      it(`story ${story.name}, by ${mode}`, async () => {
        const { page, errors } = await app.open("/");
        const size = mode === "mouse" ? PHONE : DESKTOP;
        await page.setViewportSize(size);
        const who = newPerson(mode);
        const axe: string[] = [];
        const checkAxe = async (screen: string) => {
          for (const v of await seriousAxeViolations(page))
            axe.push(`${screen}: ${v.impact} ${v.id} at ${v.targets.join(" | ")}`);
        };

        await page.getByRole("button", { name: "Start a debrief" }).waitFor();
        await startDebrief(page, who);
        await answerSteps(page, story.scenario, { who, onScreen: checkAxe });
        await buildPlan(page, who);
        const firstPlan = who.screens.length;

        // The plan opens at its top, its heading focused (it used to open 537 px down, 641 on a phone).
        const opening = await planOpening(page);
        console.log(
          `plan opening, story ${story.name}, ${String(size.width)}×${String(size.height)}: scrollY ${String(opening.scrollY)}, focus ${opening.focus}`,
        );
        expect(opening).toEqual({ scrollY: 0, focus: "h1:Your plan" });
        await checkAxe("plan");

        if (story.detail) {
          await addDetail(page, story.detail, story.scenario, who);
          await checkAxe(`${story.detail} (detail)`);
          expect(await planOpening(page)).toEqual({ scrollY: 0, focus: "h1:Your plan" });
        }
        console.log(report(story, who, firstPlan));

        expect(firstPlan).toBeLessThanOrEqual(story.maxScreens);
        const steps = await stepsOnPlan(page);
        for (const title of story.holds) expect(steps, title).toContain(title);
        for (const title of story.lacks) expect(steps, title).not.toContain(title);
        expect(axe).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }

  it("shows each screen of the path and the plan cleanly at 375 and 1280 px", async () => {
    const { page } = await app.open("/");
    const [, waiting] = STORIES;
    if (!waiting) throw new Error("no story");
    await startDebrief(page);
    const shots: string[] = [];
    await answerSteps(page, waiting.scenario, {
      onScreen: async (screen) => {
        const name = `path-${screen.toLowerCase().replace(/[^a-z]+/g, "-")}`;
        shots.push(name);
        expect(await inspectScreen(page, name)).toEqual(CLEAN_SCREEN);
      },
    });
    await buildPlan(page);
    expect(await inspectScreen(page, "path-plan")).toEqual(CLEAN_SCREEN);
    await page.getByRole("region", { name: "Add detail" }).getByRole("link").first().click();
    await page.getByRole("button", { name: "Save and update my plan" }).waitFor();
    expect(await inspectScreen(page, "path-detail")).toEqual(CLEAN_SCREEN);
    expect(shots.length).toBeGreaterThan(4);
  });
});
