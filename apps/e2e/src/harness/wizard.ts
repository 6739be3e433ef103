import type { Locator, Page } from "playwright-core";

/**
 * The wizard's step titles (web-selectors.md). The path depends on the answers: the status comes
 * first, a person turned down is asked fewer questions, and the rest is offered from the plan.
 */
export const STEP = {
  standing: "Where things stand",
  followUps: "Follow-ups so far",
  howItWent: "How it went",
  people: "The people involved",
  organisation: "The organisation",
  chances: "Before it went wrong",
  lookingAhead: "Looking ahead",
} as const;

/** Sections offered from the plan as "add detail". */
export const DETAIL = {
  circumstance: "Anything outside the interview",
  forgotten: "Points you forgot to mention",
  reference: "A reference",
  career: "You and your career",
  couldBeBetter: "What could have gone better",
  lessons: "Notes for next time",
  howItWent: "How it went",
} as const;

export type StepTitle = (typeof STEP)[keyof typeof STEP] | (typeof DETAIL)[keyof typeof DETAIL];

/** What a person answers, in the words the wizard shows. Anything left out keeps its default. */
export interface Scenario {
  status?: "Waiting to hear" | "They said no" | "They made an offer";
  /** When the interview ended, in days before now (the wizard's default is an hour ago). */
  endedDaysAgo?: number;
  rawness?: "Fairly calm" | "Uneasy" | "Raw: it still stings";
  /** Something already sent since the interview (the first one counts as the thank-you). */
  followUp?: { daysAgo: number; answered?: boolean };
  wentWell?: string;
  severity?: "A few wobbles" | "Noticeably badly" | "Very badly";
  slip?: { what: string; kind: string; noticed: "Yes, surely" | "Not sure" | "Probably not" };
  interviewer?: { name: string; email?: string; honorific?: string; address?: string };
  candidateName?: string;
  organisation: {
    name: string;
    role?: string;
    size?: "Small" | "Mid-sized" | "Large corporation";
    formal?: "Yes" | "No";
  };
  strength?: "Strong" | "Average" | "Weak";
  leaning?: "Yes" | "No";
  wantJob?: "Very much" | "Somewhat" | "Not really";
  believesFit?: "Yes" | "No";
  /** After a no: keep a relationship with the organisation. */
  keepInTouch?: "Yes" | "No";
  yearsExperience?: number;
  // Added from the plan ("add detail") by `addDetails`:
  oneChange?: string;
  forgotten?: { kind: string; detail: string };
  /** Something serious outside the interview, disclosed, with words for the employer to read. */
  circumstance?: { what: string; wordsForEmployer?: string };
  unpreparedQuestion?: string;
}

/**
 * How the person moves: with the mouse (each click, tick or field clicked into counts), or with
 * the keyboard only (each Tab counts; Space, Enter, arrows and typing do not).
 */
export interface Person {
  mode: "mouse" | "keyboard";
  clicks: number;
  tabs: number;
  /** Every screen shown, by its heading, from the start screen on. */
  screens: string[];
}

export const newPerson = (mode: Person["mode"] = "mouse"): Person => ({
  mode,
  clicks: 0,
  tabs: 0,
  screens: [],
});

const MAX_TABS = 150;

/** Tab forward until `target` has focus (the keyboard user's way there), counting each press. */
async function tabTo(page: Page, who: Person, target: Locator): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (
      await target.evaluate(
        (el) => el === document.activeElement || el.contains(document.activeElement),
      )
    )
      return;
    await page.keyboard.press("Tab");
    who.tabs += 1;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function press(page: Page, who: Person, button: Locator): Promise<void> {
  if (who.mode === "mouse") {
    await button.click();
    who.clicks += 1;
    return;
  }
  await tabTo(page, who, button);
  await page.keyboard.press("Enter");
}

async function fill(page: Page, who: Person, field: Locator, value: string): Promise<void> {
  if (who.mode === "mouse") {
    await field.click();
    who.clicks += 1;
  } else await tabTo(page, who, field);
  await field.fill(value);
}

async function tick(page: Page, who: Person, box: Locator): Promise<void> {
  if (who.mode === "mouse") {
    await box.check();
    who.clicks += 1;
    return;
  }
  await tabTo(page, who, box);
  await page.keyboard.press("Space");
}

async function select(page: Page, who: Person, field: Locator, label: string): Promise<void> {
  if (who.mode === "mouse") {
    who.clicks += 1;
  } else await tabTo(page, who, field);
  await field.selectOption({ label });
}

/** A radio in a group: clicked, or reached by Tab (which lands in the group) and arrows. */
async function choose(
  page: Page,
  who: Person,
  group: string,
  label: string,
  scope: Page | Locator = page,
): Promise<void> {
  const fieldset = scope.getByRole("group", { name: group });
  const radio = fieldset.getByRole("radio", { name: label, exact: true });
  if (who.mode === "mouse") {
    await radio.check();
    who.clicks += 1;
    return;
  }
  await tabTo(page, who, fieldset);
  for (let moves = 0; moves < 8 && !(await radio.isChecked()); moves += 1)
    await page.keyboard.press("ArrowDown");
  if (!(await radio.isChecked())) throw new Error(`Arrows never reached ${label} in ${group}`);
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

export async function expectStep(page: Page, title: StepTitle): Promise<void> {
  await page.getByRole("heading", { level: 1, name: title, exact: true }).waitFor();
}

/** The value a datetime-local field takes for `daysAgo` days before now, on the page's clock. */
async function localDaysAgo(page: Page, daysAgo: number): Promise<string> {
  return page.evaluate((days) => {
    const at = new Date(Date.now() - days * 86_400_000);
    at.setHours(11, 0, 0, 0);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  }, daysAgo);
}

/** Answer the step on screen, whichever it is; `who` counts how. */
export async function answerStep(
  page: Page,
  s: Scenario,
  who: Person = newPerson(),
): Promise<void> {
  const title = (await heading(page).textContent()) ?? "";
  switch (title) {
    case STEP.standing:
      if (s.status) await choose(page, who, "Have you heard back yet?", s.status);
      if (s.endedDaysAgo !== undefined)
        await fill(
          page,
          who,
          page.getByLabel("When did the interview end?"),
          await localDaysAgo(page, s.endedDaysAgo),
        );
      if (s.rawness) await choose(page, who, "How are you feeling about it right now?", s.rawness);
      return;
    case STEP.followUps:
      if (!s.followUp) return;
      await press(page, who, page.getByRole("button", { name: "Add a follow-up" }));
      {
        const entry = page.getByRole("group", { name: "Follow-up 1" });
        await fill(
          page,
          who,
          entry.getByLabel("When did you send it?"),
          await localDaysAgo(page, s.followUp.daysAgo),
        );
        if (s.followUp.answered) await tick(page, who, entry.getByLabel("They answered"));
      }
      return;
    case STEP.howItWent:
      if (s.wentWell) await fill(page, who, page.getByLabel(/^What went well\?/), s.wentWell);
      if (s.severity) await choose(page, who, "Overall, how badly did it go?", s.severity);
      if (!s.slip) return;
      await press(page, who, page.getByRole("button", { name: "Add a slip-up" }));
      {
        const entry = page.getByRole("group", { name: "Slip-up 1" });
        await fill(page, who, entry.getByLabel(/^What happened\?/), s.slip.what);
        await select(page, who, entry.getByLabel(/^What kind of slip was it\?/), s.slip.kind);
        await choose(page, who, "Did the interviewer notice?", s.slip.noticed, entry);
      }
      return;
    case STEP.people:
      if (s.interviewer) {
        await press(page, who, page.getByRole("button", { name: "Add an interviewer" }));
        const entry = page.getByRole("group", { name: "Interviewer 1" });
        await fill(page, who, entry.getByLabel(/^Name/), s.interviewer.name);
        if (s.interviewer.honorific)
          await fill(page, who, entry.getByLabel(/^Honorific/), s.interviewer.honorific);
        if (s.interviewer.address)
          await fill(page, who, entry.getByLabel(/^How you address them/), s.interviewer.address);
        if (s.interviewer.email)
          await fill(page, who, entry.getByLabel(/^Email/), s.interviewer.email);
      }
      if (s.candidateName) await fill(page, who, page.getByLabel(/^Your name/), s.candidateName);
      return;
    case STEP.organisation:
      await fill(page, who, page.getByLabel(/^Organisation name/), s.organisation.name);
      if (s.organisation.role)
        await fill(
          page,
          who,
          page.getByLabel(/^The role you interviewed for/),
          s.organisation.role,
        );
      if (s.organisation.size) await choose(page, who, "How big is it?", s.organisation.size);
      if (s.organisation.formal)
        await choose(page, who, "Is it a formal kind of business?", s.organisation.formal);
      return;
    case STEP.chances:
      if (s.strength)
        await choose(
          page,
          who,
          "Before things went wrong, how strong a candidate were you?",
          s.strength,
        );
      if (s.leaning)
        await choose(page, who, "Did the employer seem to be leaning towards you?", s.leaning);
      if (s.wantJob) await choose(page, who, "How much do you want this job?", s.wantJob);
      if (s.believesFit) await choose(page, who, "Do you believe you fit the role?", s.believesFit);
      return;
    case STEP.lookingAhead:
      if (s.keepInTouch)
        await choose(
          page,
          who,
          "Would you like to keep a relationship with this organisation?",
          s.keepInTouch,
        );
      if (s.yearsExperience !== undefined)
        await fill(
          page,
          who,
          page.getByLabel(/^Years of work experience/),
          String(s.yearsExperience),
        );
      return;
    case DETAIL.career:
      if (s.yearsExperience !== undefined)
        await fill(
          page,
          who,
          page.getByLabel(/^Years of work experience/),
          String(s.yearsExperience),
        );
      return;
    case DETAIL.couldBeBetter:
      if (s.oneChange)
        await fill(page, who, page.getByLabel(/^If you could change one thing/), s.oneChange);
      return;
    case DETAIL.forgotten:
      if (!s.forgotten) return;
      await press(page, who, page.getByRole("button", { name: "Add a forgotten point" }));
      {
        const entry = page.getByRole("group", { name: "Forgotten point 1" });
        await select(page, who, entry.getByLabel(/^What kind of point\?/), s.forgotten.kind);
        await fill(
          page,
          who,
          entry.getByLabel(/^What did you forget to mention\?/),
          s.forgotten.detail,
        );
      }
      return;
    case DETAIL.circumstance:
      if (!s.circumstance) return;
      await tick(
        page,
        who,
        page.getByRole("checkbox", {
          name: "Something serious outside the interview affected how it went",
        }),
      );
      await fill(page, who, page.getByLabel(/^What was going on\?/), s.circumstance.what);
      await tick(
        page,
        who,
        page.getByRole("checkbox", { name: "I am willing to mention it to the employer" }),
      );
      if (s.circumstance.wordsForEmployer)
        await fill(
          page,
          who,
          page.getByLabel(/^Words for the employer to read/),
          s.circumstance.wordsForEmployer,
        );
      return;
    case DETAIL.lessons:
      if (s.unpreparedQuestion)
        await fill(
          page,
          who,
          page.getByLabel(/^Questions you were not ready for/),
          s.unpreparedQuestion,
        );
      return;
    default:
      return;
  }
}

/** From the start screen: a fresh debrief, on its first step. */
export async function startDebrief(page: Page, who: Person = newPerson()): Promise<void> {
  who.screens.push((await heading(page).textContent()) ?? "");
  await press(page, who, page.getByRole("button", { name: "Start a debrief" }));
  await expectStep(page, STEP.standing);
}

/** Press Next and wait for the following step. */
export async function nextStep(page: Page, who: Person = newPerson()): Promise<void> {
  const before = (await heading(page).textContent()) ?? "";
  await press(page, who, page.getByRole("button", { name: "Next", exact: true }));
  await page.waitForFunction(
    (title) => document.querySelector("h1")?.textContent !== title,
    before,
  );
}

/**
 * Answer the path from the step on screen, pressing Next after each, until the step that builds
 * the plan (answered, not yet pressed) or, with `until`, until that step is on screen.
 */
export async function answerSteps(
  page: Page,
  s: Scenario,
  options: {
    until?: StepTitle;
    who?: Person;
    /** Runs on each screen once it is answered (axe, screenshots). */
    onScreen?: (title: string) => Promise<void>;
  } = {},
): Promise<void> {
  const who = options.who ?? newPerson();
  const build = page.getByRole("button", { name: "Build my plan" });
  for (let guard = 0; guard < 20; guard += 1) {
    const title = (await heading(page).textContent()) ?? "";
    if (title === options.until) return;
    who.screens.push(title);
    await answerStep(page, s, who);
    await options.onScreen?.(title);
    if (await build.isVisible()) return;
    await nextStep(page, who);
  }
  throw new Error("The wizard never offered to build the plan");
}

/**
 * Press "Build my plan" on the last step and wait for the plan. Returns the app's own
 * `rebound:plan` measure (press to plan on screen), or null when the app did not record one.
 */
export async function buildPlan(page: Page, who: Person = newPerson()): Promise<number | null> {
  await press(page, who, page.getByRole("button", { name: "Build my plan" }));
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
  return page.evaluate(() => {
    const entry = performance.getEntriesByName("rebound:plan")[0];
    return entry ? Math.round(entry.duration * 10) / 10 : null;
  });
}

/** Open one "add detail" section from the plan, answer it, save, and wait for the plan again. */
export async function addDetail(
  page: Page,
  title: (typeof DETAIL)[keyof typeof DETAIL],
  s: Scenario,
  who: Person = newPerson(),
): Promise<void> {
  const panel = page.getByRole("region", { name: "Add detail" });
  // With the keyboard, the plan's own jump link skips the timeline on the way down.
  if (who.mode === "keyboard")
    await press(page, who, page.getByRole("link", { name: "Add detail", exact: true }));
  await press(page, who, panel.getByRole("link", { name: title, exact: true }));
  await expectStep(page, title);
  who.screens.push(title);
  await answerStep(page, s, who);
  await press(page, who, page.getByRole("button", { name: "Save and update my plan" }));
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
}

/** The scenario's answers the short path did not ask, each added from the plan. */
export async function addDetails(
  page: Page,
  s: Scenario,
  who: Person = newPerson(),
): Promise<void> {
  const stillRunning = s.status === undefined || s.status === "Waiting to hear";
  if (s.forgotten) await addDetail(page, DETAIL.forgotten, s, who);
  if (s.circumstance) await addDetail(page, DETAIL.circumstance, s, who);
  if (s.oneChange) await addDetail(page, DETAIL.couldBeBetter, s, who);
  // After a no, the years are asked on the path ("Looking ahead").
  if (s.yearsExperience !== undefined && stillRunning) await addDetail(page, DETAIL.career, s, who);
  if (s.unpreparedQuestion) await addDetail(page, DETAIL.lessons, s, who);
}

/** The whole debrief: the short path, the plan, then every detail the scenario holds. */
export async function completeDebrief(
  page: Page,
  s: Scenario,
  who: Person = newPerson(),
): Promise<void> {
  await startDebrief(page, who);
  await answerSteps(page, s, { who });
  await buildPlan(page, who);
  await addDetails(page, s, who);
}
