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

  it("also applies when a slip the interviewer certainly noticed shows it went badly", () => {
    for (const kind of ["blanked", "off-target-answer", "misunderstood-question"] as const) {
      const slips = [{ what: "Froze on the budget question", kind, noticed: "certain" }] as const;
      const withSlip = { standing: { believesFit: "yes" }, slips } as const;
      expect(planFor(withSlip).ids).toContain("request-call");
      expect(
        planFor({ ...withSlip, slips: [{ ...slips[0], noticed: "unsure" }] }).ids,
      ).not.toContain("request-call");
    }
    const late = [{ what: "Ten minutes late", kind: "late", noticed: "certain" }] as const;
    expect(planFor({ standing: { believesFit: "yes" }, slips: late }).ids).not.toContain(
      "request-call",
    );
  });

  it("is one line of the thank-you, not a message of its own", () => {
    const { plan } = planFor(fits);
    const step = stepOf(plan, "request-call");
    expect(step).toMatchObject({
      channel: "email",
      templates: ["thank-you-email"],
      outreach: true,
    });
    expect(step.window).toEqual(stepOf(plan, "thank-you-email").window);
  });

  it("is its own short email only once the thank-you has gone", () => {
    const sent = planFor({
      ...fits,
      followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }],
    });
    expect(stepOf(sent.plan, "request-call").templates).toEqual(["call-request"]);
  });
});
