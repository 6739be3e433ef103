import { describe, expect, it } from "vitest";
import { planFor, stepOf, TEST_INTERVIEW_END, TEST_NOW } from "../../test-support/test-debrief.js";

const ended = Date.parse(TEST_INTERVIEW_END);
const HOUR = 3_600_000;

describe("thank-you-email", () => {
  it.each([
    { name: "waiting", overrides: { candidacy: { status: "waiting" } }, expected: true },
    { name: "status unknown", overrides: { candidacy: { status: "unknown" } }, expected: true },
    {
      name: "rejected (the gracious reply instead)",
      overrides: { candidacy: { status: "rejected" } },
      expected: false,
    },
    { name: "offer", overrides: { candidacy: { status: "offer" } }, expected: false },
    {
      name: "a thank-you already went out",
      overrides: { followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }] },
      expected: false,
    },
  ] as const)("$name → $expected", ({ overrides, expected }) => {
    expect(planFor(overrides).ids.includes("thank-you-email")).toBe(expected);
  });

  it("is an email naming its template, due within about a day of the interview", () => {
    const step = stepOf(planFor().plan, "thank-you-email");
    expect(step).toMatchObject({
      channel: "email",
      templates: ["thank-you-email"],
      outreach: true,
    });
    expect(step.window.earliest).toBe(TEST_NOW.toISOString());
    expect(step.window.latest).toBe(new Date(ended + 24 * HOUR).toISOString());
  });

  it("goes out after the cool-off", () => {
    const now = new Date(ended + 30 * 60_000);
    const { plan } = planFor({}, now);
    expect(stepOf(plan, "thank-you-email").window.earliest).toBe(plan.coolOffUntil);
  });

  it("late in that day, still leaves a few hours rather than a window already closing", () => {
    const now = new Date(ended + 23 * HOUR);
    const step = stepOf(planFor({}, now).plan, "thank-you-email");
    expect(step.window).toEqual({
      earliest: now.toISOString(),
      latest: new Date(now.getTime() + 4 * HOUR).toISOString(),
    });
  });

  it("when the day has already passed, as soon as possible", () => {
    const now = new Date(ended + 3 * 24 * HOUR);
    const step = stepOf(planFor({}, now).plan, "thank-you-email");
    expect(step.window.earliest).toBe(now.toISOString());
    expect(Date.parse(step.window.latest ?? "")).toBeGreaterThan(now.getTime());
  });

  it("leads with what went well", () => {
    const step = stepOf(
      planFor({ reflection: { wentWell: ["The case study"] } }).plan,
      "thank-you-email",
    );
    expect(step.rationale).toMatch(/The case study/);
  });
});
