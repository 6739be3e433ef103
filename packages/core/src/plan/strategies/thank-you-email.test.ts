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
    // An interview ending Thursday 15:00 UTC; two hours later is still working hours.
    const thursday = "2026-11-19T15:00:00.000Z";
    const now = new Date(Date.parse(thursday) + 2 * HOUR);
    const step = stepOf(planFor({ interview: { endedAt: thursday } }, now).plan, "thank-you-email");
    expect(step).toMatchObject({
      channel: "email",
      templates: ["thank-you-email"],
      outreach: true,
    });
    expect(step.window.earliest).toBe(now.toISOString());
    // A day after it is Friday 15:00: the window runs to the end of that working day.
    expect(step.window.latest).toBe("2026-11-20T18:00:00.000Z");
  });

  it("a day that ends in the evening or the weekend closes at a working day's end a person can meet", () => {
    // Friday 17:00: a day after the interview is Saturday 15:00, so the window runs to Monday 18:00.
    const step = stepOf(planFor({}, new Date(ended + 2 * HOUR)).plan, "thank-you-email");
    expect(step.window).toEqual({
      earliest: new Date(ended + 2 * HOUR).toISOString(),
      latest: "2026-11-23T18:00:00.000Z",
    });
  });

  it("waits for the recipient's working day: a Saturday morning debrief sends on Monday at 08:00", () => {
    const step = stepOf(planFor().plan, "thank-you-email");
    expect(TEST_NOW.getUTCDay()).toBe(6);
    expect(step.window).toEqual({
      earliest: "2026-11-23T08:00:00.000Z",
      latest: "2026-11-23T18:00:00.000Z",
    });
  });

  it("reads the working day in the person's time zone", () => {
    // Friday 23:00 in Tokyo is 14:00 UTC: the next working moment there is Monday 08:00 JST.
    const step = stepOf(
      planFor({ timeZone: "Asia/Tokyo" }, new Date("2026-11-20T16:00:00Z")).plan,
      "thank-you-email",
    );
    expect(step.window.earliest).toBe("2026-11-22T23:00:00.000Z");
  });

  it("goes out after the cool-off", () => {
    const now = new Date(ended + 30 * 60_000);
    const { plan } = planFor({}, now);
    expect(stepOf(plan, "thank-you-email").window.earliest).toBe(plan.coolOffUntil);
  });

  it("late in that day, still leaves a few hours rather than a window already closing", () => {
    // An interview ending Thursday 15:00; Friday 14:00 is late in the day after it.
    const thursday = "2026-11-19T15:00:00.000Z";
    const now = new Date(Date.parse(thursday) + 23 * HOUR);
    const step = stepOf(planFor({ interview: { endedAt: thursday } }, now).plan, "thank-you-email");
    expect(step.window).toEqual({
      earliest: now.toISOString(),
      latest: new Date(now.getTime() + 4 * HOUR).toISOString(),
    });
  });

  it("when the day has already passed, as soon as possible", () => {
    const now = new Date(ended + 3 * 24 * HOUR + 2 * HOUR); // Monday 17:00
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
