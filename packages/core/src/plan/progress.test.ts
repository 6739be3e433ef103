import { describe, expect, it } from "vitest";
import { testDebrief, TEST_NOW } from "../test-support/test-debrief.js";
import { choosePlan } from "./choose-plan.js";
import type { StrategyId } from "./ids.js";
import type { Plan } from "./plan.js";
import { doneWhileDebriefing, NO_PROGRESS, type PlanProgress, stepsDone } from "./progress.js";

const ids = (plan: Plan): StrategyId[] => plan.steps.map((step) => step.strategy);
const guardText = (plan: Plan, id: string) =>
  plan.guards.find((guard) => guard.id === id)?.explanation ?? "";

const waiting = testDebrief();
const thankYouDone: PlanProgress = { done: ["thank-you-email"], answered: {} };

describe("the plan chosen again with the person's progress", () => {
  it("keeps the follow-up while nobody has answered", () => {
    expect(ids(choosePlan(waiting, TEST_NOW, thankYouDone))).toContain("one-follow-up");
  });

  it("drops the follow-up once they replied to the thank-you", () => {
    const replied = { ...thankYouDone, answered: { "thank-you-email": true } };
    const plan = choosePlan(waiting, TEST_NOW, replied);
    expect(ids(plan)).not.toContain("one-follow-up");
    // The thank-you itself stays in the plan, shown done.
    expect(ids(plan)).toContain("thank-you-email");
  });

  it("drops the follow-up when a contact recorded in the debrief was answered", () => {
    const debrief = testDebrief({
      followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }],
    });
    expect(ids(choosePlan(debrief, TEST_NOW))).not.toContain("one-follow-up");
  });

  it("keeps a follow-up that was itself sent and answered, as done", () => {
    const progress: PlanProgress = {
      done: ["thank-you-email", "one-follow-up"],
      answered: { "one-follow-up": true },
    };
    const plan = choosePlan(waiting, TEST_NOW, progress);
    expect(ids(plan)).toContain("one-follow-up");
    expect(stepsDone(plan.steps, progress)).toContain("one-follow-up");
  });

  it("is the same plan as before when nothing has happened", () => {
    expect(choosePlan(waiting, TEST_NOW, NO_PROGRESS)).toEqual(choosePlan(waiting, TEST_NOW));
  });
});

describe("the review the debrief already did", () => {
  it("counts the review step as done once the debrief holds one", () => {
    const reviewed = testDebrief({ reflection: { wentWell: ["Explained the migration clearly"] } });
    expect(doneWhileDebriefing(reviewed)).toEqual(["reflect"]);
  });

  it("leaves the review to do when the debrief has none", () => {
    expect(doneWhileDebriefing(waiting)).toEqual([]);
  });
});

describe("sections said in a message marked done", () => {
  it("are done with the thank-you that carried them", () => {
    const debrief = testDebrief({
      forgotten: [
        { kind: "experience", detail: "My five years with payroll systems", important: true },
      ],
    });
    const plan = choosePlan(debrief, TEST_NOW, thankYouDone);
    expect(stepsDone(plan.steps, thankYouDone)).toEqual(
      expect.arrayContaining(["thank-you-email", "correct-record"]),
    );
  });

  it("do not mark the message done when only a section was marked", () => {
    const debrief = testDebrief({
      forgotten: [
        { kind: "experience", detail: "My five years with payroll systems", important: true },
      ],
    });
    const progress: PlanProgress = { done: ["correct-record"], answered: {} };
    const plan = choosePlan(debrief, TEST_NOW, progress);
    expect(stepsDone(plan.steps, progress)).toEqual(["correct-record"]);
  });
});

describe("guard text once the thank-you has gone", () => {
  const average = { standing: { strength: "average" } } as const;

  it("still relies on the thank-you to come when it has not gone", () => {
    const plan = choosePlan(testDebrief(average), TEST_NOW);
    expect(guardText(plan, "no-do-over-unless-strong")).toMatch(
      /relies on a well-judged thank-you/,
    );
  });

  it.each([
    {
      name: "sent six days before the debrief",
      debrief: testDebrief({ ...average, followUps: [{ sentAt: "2026-11-15T09:00:00Z" }] }),
      progress: NO_PROGRESS,
    },
    { name: "marked done in the plan", debrief: testDebrief(average), progress: thankYouDone },
  ])("speaks of the thank-you already sent: $name", ({ debrief, progress }) => {
    const text = guardText(choosePlan(debrief, TEST_NOW, progress), "no-do-over-unless-strong");
    expect(text).toMatch(/thank-you you already sent/);
    expect(text).not.toMatch(/relies on a well-judged thank-you/);
  });
});
