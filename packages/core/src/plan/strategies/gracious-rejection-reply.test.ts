import { describe, expect, it } from "vitest";
import { planFor, stepOf, TEST_NOW } from "../../test-support/test-debrief.js";

describe("gracious-rejection-reply", () => {
  it.each([
    { status: "rejected", expected: true },
    { status: "waiting", expected: false },
    { status: "offer", expected: false },
    { status: "unknown", expected: false },
  ] as const)("$status → $expected", ({ status, expected }) => {
    expect(planFor({ candidacy: { status } }).ids.includes("gracious-rejection-reply")).toBe(
      expected,
    );
  });

  it("is due within a day or two of the rejection", () => {
    const changedAt = "2026-11-21T08:00:00.000Z";
    const step = stepOf(
      planFor({ candidacy: { status: "rejected", changedAt } }).plan,
      "gracious-rejection-reply",
    );
    expect(step).toMatchObject({ channel: "email", templates: ["rejection-reply"] });
    // The no came on a Saturday: the reply goes at the first working moment, Monday 08:00.
    expect(step.window.earliest).toBe("2026-11-23T08:00:00.000Z");
    // Two days after the news is a Monday at 08:00: the end of that working day.
    expect(step.window.latest).toBe("2026-11-24T18:00:00.000Z");
  });

  it("is due within two days of the news when that falls on working days", () => {
    const changedAt = "2026-11-24T10:00:00.000Z"; // Tuesday
    const step = stepOf(
      planFor({ candidacy: { status: "rejected", changedAt } }, new Date("2026-11-24T12:00:00Z"))
        .plan,
      "gracious-rejection-reply",
    );
    expect(step.window).toEqual({
      earliest: "2026-11-24T12:00:00.000Z",
      latest: "2026-11-26T18:00:00.000Z",
    });
  });

  it("counts from now when we don't know when the no arrived", () => {
    const step = stepOf(
      planFor({ candidacy: { status: "rejected" } }).plan,
      "gracious-rejection-reply",
    );
    // From Monday 08:00, the first working moment after now (a Saturday), a day to reply.
    expect(TEST_NOW.toISOString()).toBe("2026-11-21T09:00:00.000Z");
    expect(step.window.latest).toBe("2026-11-24T18:00:00.000Z");
  });

  it("replaces the recovery outreach", () => {
    const { ids } = planFor({
      candidacy: { status: "rejected" },
      standing: { believesFit: "yes", strength: "strong", employerLeaning: "yes" },
      interview: { severity: "severe" },
    });
    for (const gone of [
      "thank-you-email",
      "one-follow-up",
      "request-call",
      "phone-call",
      "request-second-interview",
    ] as const) {
      expect(ids).not.toContain(gone);
    }
  });
});
