import type { Page } from "playwright-core";

/** The wizard's step titles (web-selectors.md), in order; step N is STEP_TITLES[N - 1]. */
export const STEP_TITLES = [
  "How are you feeling?",
  "What went well",
  "What could have gone better",
  "Slip-ups",
  "Points you forgot to mention",
  "The people involved",
  "The organisation",
  "Where things stand",
  "A reference",
  "Anything outside the interview",
  "You and your career",
  "Follow-ups so far",
  "Notes for next time",
] as const;

/** What a person answers, in the words the wizard shows. Anything left out keeps its default. */
export interface Scenario {
  rawness?: "Fairly calm" | "Uneasy" | "Raw: it still stings";
  wentWell?: string;
  severity?: "A few wobbles" | "Noticeably badly" | "Very badly";
  oneChange?: string;
  slip?: { what: string; kind: string; noticed: "Yes, surely" | "Not sure" | "Probably not" };
  forgotten?: { kind: string; detail: string };
  interviewer?: { name: string; email?: string; honorific?: string; address?: string };
  candidateName?: string;
  organisation: { name: string; role?: string; size?: "Small" | "Mid-sized" | "Large corporation" };
  status?: "Waiting to hear" | "They said no" | "They made an offer";
  strength?: "Strong" | "Average" | "Weak";
  leaning?: "Yes" | "No";
  believesFit?: "Yes" | "No";
  /** Something serious outside the interview, disclosed, with words for the employer to read. */
  circumstance?: { what: string; wordsForEmployer?: string };
  yearsExperience?: number;
  unpreparedQuestion?: string;
}

export async function expectStep(page: Page, step: number): Promise<void> {
  const title = STEP_TITLES[step - 1] ?? "";
  await page.getByRole("heading", { level: 1, name: title, exact: true }).waitFor();
}

/** Press Next on `step` and wait for the following one. */
export async function nextStep(page: Page, step: number): Promise<void> {
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expectStep(page, step + 1);
}

const radio = (page: Page, group: string, label: string) =>
  page.getByRole("group", { name: group }).getByRole("radio", { name: label, exact: true });

/** Answer one wizard step (the page must be on it). */
export async function answerStep(page: Page, step: number, s: Scenario): Promise<void> {
  switch (step) {
    case 1:
      if (s.rawness)
        await radio(page, "How are you feeling about it right now?", s.rawness).check();
      return;
    case 2:
      if (s.wentWell) await page.getByLabel(/^What went well\?/).fill(s.wentWell);
      return;
    case 3:
      if (s.severity) await radio(page, "Overall, how badly did it go?", s.severity).check();
      if (s.oneChange) await page.getByLabel(/^If you could change one thing/).fill(s.oneChange);
      return;
    case 4:
      if (!s.slip) return;
      await page.getByRole("button", { name: "Add a slip-up" }).click();
      {
        const entry = page.getByRole("group", { name: "Slip-up 1" });
        await entry.getByLabel(/^What happened\?/).fill(s.slip.what);
        await entry.getByLabel(/^What kind of slip was it\?/).selectOption({ label: s.slip.kind });
        await radio(page, "Did the interviewer notice?", s.slip.noticed).check();
      }
      return;
    case 5:
      if (!s.forgotten) return;
      await page.getByRole("button", { name: "Add a forgotten point" }).click();
      {
        const entry = page.getByRole("group", { name: "Forgotten point 1" });
        await entry.getByLabel(/^What kind of point\?/).selectOption({ label: s.forgotten.kind });
        await entry.getByLabel(/^What did you forget to mention\?/).fill(s.forgotten.detail);
      }
      return;
    case 6:
      if (s.interviewer) {
        await page.getByRole("button", { name: "Add an interviewer" }).click();
        const entry = page.getByRole("group", { name: "Interviewer 1" });
        await entry.getByLabel(/^Name/).fill(s.interviewer.name);
        if (s.interviewer.email) await entry.getByLabel(/^Email/).fill(s.interviewer.email);
        if (s.interviewer.honorific)
          await entry.getByLabel(/^Honorific/).fill(s.interviewer.honorific);
        if (s.interviewer.address)
          await entry.getByLabel(/^How you address them/).fill(s.interviewer.address);
      }
      if (s.candidateName) await page.getByLabel(/^Your name/).fill(s.candidateName);
      return;
    case 7:
      await page.getByLabel(/^Organisation name/).fill(s.organisation.name);
      if (s.organisation.role)
        await page.getByLabel(/^The role you interviewed for/).fill(s.organisation.role);
      if (s.organisation.size) await radio(page, "How big is it?", s.organisation.size).check();
      return;
    case 8:
      if (s.status) await radio(page, "Have you heard back yet?", s.status).check();
      if (s.strength)
        await radio(
          page,
          "Before things went wrong, how strong a candidate were you?",
          s.strength,
        ).check();
      if (s.leaning)
        await radio(page, "Did the employer seem to be leaning towards you?", s.leaning).check();
      if (s.believesFit)
        await radio(page, "Do you believe you fit the role?", s.believesFit).check();
      return;
    case 10:
      if (!s.circumstance) return;
      await page
        .getByRole("checkbox", {
          name: "Something serious outside the interview affected how it went",
        })
        .check();
      await page.getByLabel(/^What was going on\?/).fill(s.circumstance.what);
      await page
        .getByRole("checkbox", { name: "I am willing to mention it to the employer" })
        .check();
      if (s.circumstance.wordsForEmployer)
        await page
          .getByLabel(/^Words for the employer to read/)
          .fill(s.circumstance.wordsForEmployer);
      return;
    case 11:
      if (s.yearsExperience !== undefined) {
        await page.getByLabel(/^Years of work experience/).fill(String(s.yearsExperience));
      }
      return;
    case 13:
      if (s.unpreparedQuestion)
        await page.getByLabel(/^Questions you were not ready for/).fill(s.unpreparedQuestion);
      return;
    default:
      return;
  }
}

/** From the start screen: a fresh debrief, on step 1. */
export async function startDebrief(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Start a debrief" }).click();
  await expectStep(page, 1);
}

/** Answer steps `from`..`to` (the page is on `from`), pressing Next after each; ends on step `to`. */
export async function answerSteps(
  page: Page,
  s: Scenario,
  from: number,
  to: number = STEP_TITLES.length,
): Promise<void> {
  for (let step = from; step <= to; step += 1) {
    await answerStep(page, step, s);
    if (step < to) await nextStep(page, step);
  }
}

/**
 * Press "Build my plan" on the last step and wait for the plan. Returns the app's own
 * `rebound:plan` measure (press to plan on screen), or null when the app did not record one.
 */
export async function buildPlan(page: Page): Promise<number | null> {
  await page.getByRole("button", { name: "Build my plan" }).click();
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
  return page.evaluate(() => {
    const entry = performance.getEntriesByName("rebound:plan")[0];
    return entry ? Math.round(entry.duration * 10) / 10 : null;
  });
}
