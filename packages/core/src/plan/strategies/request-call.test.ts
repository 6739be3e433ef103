import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

const fits = { standing: { believesFit: "yes" }, interview: { severity: "noticeable" } } as const;

describe("request-call", () => {
  it.each([
    {
      name: "candidate, believes in the fit, went noticeably badly",
      overrides: fits,
      expected: true,
    },
    {
      name: "went severely badly",
      overrides: { ...fits, interview: { severity: "severe" } },
      expected: true,
    },
    {
      name: "only minor problems",
      overrides: { ...fits, interview: { severity: "minor" } },
      expected: false,
    },
    {
      name: "doesn't believe in the fit",
      overrides: { ...fits, standing: { believesFit: "no" } },
      expected: false,
    },
    {
      name: "unsure about the fit",
      overrides: { ...fits, standing: { believesFit: "unknown" } },
      expected: false,
    },
    {
      name: "rejected",
      overrides: { ...fits, candidacy: { status: "rejected" } },
      expected: false,
    },
  ] as const)("$name → $expected", ({ overrides, expected }) => {
    expect(planFor(overrides).ids.includes("request-call")).toBe(expected);
  });

  it("is a written request after the thank-you", () => {
    const { plan } = planFor(fits);
    const step = stepOf(plan, "request-call");
    expect(step).toMatchObject({ channel: "email", templates: ["call-request"], outreach: true });
    expect(Date.parse(step.window.earliest)).toBeGreaterThan(
      Date.parse(stepOf(plan, "thank-you-email").window.earliest),
    );
  });
});
