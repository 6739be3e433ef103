import { describe, expect, it } from "vitest";
import { planContext } from "../context.js";
import { guardRule, inForce, proposedStep } from "../../test-support/guard-harness.js";
import { planFor, TEST_INTERVIEW_END, testDebrief } from "../../test-support/test-debrief.js";

const ended = Date.parse(TEST_INTERVIEW_END);
const HOUR = 3_600_000;
const minutesAfter = (minutes: number) => new Date(ended + minutes * 60_000);

describe("guard no-hot-sends", () => {
  it.each([
    {
      name: "30 minutes after the interview",
      rawness: "calm",
      now: minutesAfter(30),
      expected: true,
    },
    {
      name: "the next morning, still raw",
      rawness: "raw",
      now: minutesAfter(18 * 60),
      expected: true,
    },
    {
      name: "the next morning, calm",
      rawness: "calm",
      now: minutesAfter(18 * 60),
      expected: false,
    },
  ] as const)("in force $name → $expected", ({ rawness, now, expected }) => {
    expect(inForce(planFor({ feelings: { rawness } }, now).plan, "no-hot-sends")).toBe(expected);
  });

  it("moves outreach that would start during the cool-off to its end, keeping the window's length", () => {
    const debrief = testDebrief({ feelings: { rawness: "raw" } });
    const now = minutesAfter(60);
    const ctx = planContext(debrief, now);
    const until = ctx.coolOffUntil?.toISOString();
    // A hot draft: a thank-you dated right now, as if no cool-off existed.
    const hot = {
      ...proposedStep("thank-you-email", debrief, now),
      window: {
        earliest: now.toISOString(),
        latest: new Date(now.getTime() + 6 * HOUR).toISOString(),
      },
    };
    const selfWork = proposedStep("perspective", debrief, now);
    const [moved, untouched] = guardRule("no-hot-sends").enforce([hot, selfWork], debrief, ctx);
    expect(moved?.window.earliest).toBe(until);
    expect(Date.parse(moved?.window.latest ?? "") - Date.parse(until ?? "")).toBe(6 * HOUR);
    expect(untouched).toEqual(selfWork);
  });

  it("leaves every step alone when no cool-off is needed", () => {
    const debrief = testDebrief();
    const now = minutesAfter(18 * 60);
    const steps = [proposedStep("thank-you-email", debrief, now)];
    expect(guardRule("no-hot-sends").enforce(steps, debrief, planContext(debrief, now))).toEqual(
      steps,
    );
  });

  it("no outreach step of a fresh plan starts before the cool-off ends", () => {
    const { plan } = planFor(
      { feelings: { rawness: "raw" }, organisation: { size: "small" } },
      minutesAfter(20),
    );
    const until = Date.parse(plan.coolOffUntil ?? "");
    const outreach = plan.steps.filter((step) => step.outreach);
    expect(outreach.length).toBeGreaterThan(0);
    for (const step of outreach)
      expect(Date.parse(step.window.earliest)).toBeGreaterThanOrEqual(until);
  });
});
