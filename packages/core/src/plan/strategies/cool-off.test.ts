import { describe, expect, it } from "vitest";
import { planFor, stepOf, TEST_INTERVIEW_END } from "../../test-support/test-debrief.js";

const ended = Date.parse(TEST_INTERVIEW_END);
const minutesAfter = (minutes: number) => new Date(ended + minutes * 60_000);

describe("cool-off", () => {
  it.each([
    {
      name: "interview ended 30 minutes ago",
      rawness: "calm",
      now: minutesAfter(30),
      expected: true,
    },
    { name: "interview ended 1h50 ago", rawness: "uneasy", now: minutesAfter(110), expected: true },
    {
      name: "feelings are raw the next morning",
      rawness: "raw",
      now: minutesAfter(18 * 60),
      expected: true,
    },
    { name: "calm the next morning", rawness: "calm", now: minutesAfter(18 * 60), expected: false },
    {
      name: "uneasy three hours later",
      rawness: "uneasy",
      now: minutesAfter(180),
      expected: false,
    },
  ] as const)("$name → $expected", ({ rawness, now, expected }) => {
    const { plan, ids } = planFor({ feelings: { rawness } }, now);
    expect(ids.includes("cool-off")).toBe(expected);
    expect(plan.coolOffUntil !== null).toBe(expected);
  });

  it("is hours to a day or two, never a week, and the step spans now → coolOffUntil", () => {
    for (const rawness of ["calm", "uneasy", "raw", "unknown"] as const) {
      for (const severity of ["minor", "severe"] as const) {
        const now = minutesAfter(10);
        const { plan } = planFor({ feelings: { rawness }, interview: { severity } }, now);
        const until = Date.parse(plan.coolOffUntil ?? "");
        expect(until - now.getTime()).toBeGreaterThanOrEqual(60 * 60_000);
        expect(until - now.getTime()).toBeLessThanOrEqual(48 * 3_600_000);
        const step = stepOf(plan, "cool-off");
        expect(step.window).toEqual({ earliest: now.toISOString(), latest: plan.coolOffUntil });
        expect(step.outreach).toBe(false);
      }
    }
  });

  it("raw feelings hold outreach longer than an uneasy or calm fresh interview", () => {
    const now = minutesAfter(20);
    const hold = (rawness: "raw" | "uneasy" | "calm") =>
      Date.parse(planFor({ feelings: { rawness } }, now).plan.coolOffUntil ?? "") - now.getTime();
    expect(hold("raw")).toBeGreaterThan(hold("uneasy"));
    expect(hold("uneasy")).toBeGreaterThan(hold("calm"));
  });

  it("is not needed once an offer has arrived", () => {
    const { plan, ids } = planFor(
      { feelings: { rawness: "raw" }, candidacy: { status: "offer" } },
      minutesAfter(30),
    );
    expect(ids).not.toContain("cool-off");
    expect(plan.coolOffUntil).toBeNull();
  });
});
