import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

const cpa = { kind: "education", detail: "I passed the CPA exam in May", important: true } as const;

describe("correct-record", () => {
  it.each([
    { name: "something important was forgotten", overrides: { forgotten: [cpa] }, expected: true },
    {
      name: "only a minor point was forgotten",
      overrides: { forgotten: [{ ...cpa, important: false }] },
      expected: false,
    },
    { name: "nothing was forgotten", overrides: {}, expected: false },
    {
      name: "rejected",
      overrides: { forgotten: [cpa], candidacy: { status: "rejected" } },
      expected: false,
    },
    {
      name: "the thank-you already went out",
      overrides: {
        forgotten: [cpa],
        followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }],
      },
      expected: false,
    },
  ] as const)("$name → $expected", ({ overrides, expected }) => {
    expect(planFor(overrides).ids.includes("correct-record")).toBe(expected);
  });

  it("is a section of the thank-you email, not a separate message", () => {
    const { plan } = planFor({ forgotten: [cpa] });
    const step = stepOf(plan, "correct-record");
    expect(step).toMatchObject({ channel: "email", templates: ["thank-you-email"] });
    expect(step.window).toEqual(stepOf(plan, "thank-you-email").window);
    expect(step.rationale).toMatch(/CPA exam/);
  });
});
