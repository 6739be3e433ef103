import { describe, expect, it } from "vitest";
import { disagreementOf } from "../../test-support/disagreement-of.js";
import { planFor } from "../../test-support/test-debrief.js";

// A candidate who believes in the fit after a noticeably bad interview: the request-call case.
const wantsCall = {
  standing: { believesFit: "yes" },
  interview: { severity: "noticeable" },
} as const;

describe("disagreement phone-or-writing (Blake / Dennis / Hough)", () => {
  it.each([
    { name: "a call request is in the plan", overrides: wantsCall, expected: true },
    {
      name: "doesn't believe in the fit",
      overrides: { ...wantsCall, standing: { believesFit: "no" } },
      expected: false,
    },
    {
      name: "a minor wobble",
      overrides: { ...wantsCall, interview: { severity: "minor" } },
      expected: false,
    },
    {
      name: "rejected",
      overrides: { ...wantsCall, candidacy: { status: "rejected" } },
      expected: false,
    },
  ] as const)("applies when $name → $expected", ({ overrides, expected }) => {
    expect(disagreementOf(planFor(overrides).plan, "phone-or-writing") !== undefined).toBe(
      expected,
    );
  });

  it("shows all three experts and lets comfort on the phone pick the side", () => {
    const onPhone = planFor({ ...wantsCall, career: { comfortableOnPhone: "yes" } });
    const written = planFor({ ...wantsCall, career: { comfortableOnPhone: "no" } });
    const phoneSide = disagreementOf(onPhone.plan, "phone-or-writing");
    expect(phoneSide?.sides.map((side) => side.expert)).toEqual([
      "Tori Blake",
      "Diane Dennis",
      "Jennifer Hough",
    ]);
    expect(phoneSide?.pick).toMatch(/takes the place of a written request/);
    expect(disagreementOf(written.plan, "phone-or-writing")?.pick).toBe(
      "Ask for a short call in one line of your thank-you.",
    );
    // The phone call replaces the written request, never comes in addition to it.
    expect(onPhone.plan.steps.find((step) => step.strategy === "phone-call")?.alternativeTo).toBe(
      "request-call",
    );
    expect(onPhone.ids).not.toContain("request-call");
    expect(written.ids).not.toContain("phone-call");
  });
});
