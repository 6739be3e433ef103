import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

const strong = { strength: "strong", employerLeaning: "yes", wantJob: "very" } as const;
const disclosed = { description: "A family emergency that morning", disclose: true };

describe("request-second-interview", () => {
  it.each([
    {
      name: "strong, employer leaning yes, severe",
      overrides: { standing: strong, interview: { severity: "severe" } },
      expected: true,
    },
    {
      name: "strong with a disclosed circumstance",
      overrides: {
        standing: strong,
        interview: { severity: "noticeable" },
        circumstance: disclosed,
      },
      expected: true,
    },
    {
      name: "strong but only noticeable, nothing extenuating",
      overrides: { standing: strong, interview: { severity: "noticeable" } },
      expected: false,
    },
    {
      name: "strong, but the employer wasn't leaning their way",
      overrides: {
        standing: { ...strong, employerLeaning: "unknown" },
        interview: { severity: "severe" },
      },
      expected: false,
    },
    {
      name: "average candidate",
      overrides: {
        standing: { ...strong, strength: "average" },
        interview: { severity: "severe" },
      },
      expected: false,
    },
    {
      name: "doesn't really want the job",
      overrides: {
        standing: { ...strong, wantJob: "not-really" },
        interview: { severity: "severe" },
      },
      expected: false,
    },
    {
      name: "rejected",
      overrides: {
        standing: strong,
        interview: { severity: "severe" },
        candidacy: { status: "rejected" },
      },
      expected: false,
    },
  ] as const)("$name → $expected", ({ overrides, expected }) => {
    expect(planFor(overrides).ids.includes("request-second-interview")).toBe(expected);
  });

  it("is an email sent after the thank-you", () => {
    const { plan } = planFor({ standing: strong, interview: { severity: "severe" } });
    const step = stepOf(plan, "request-second-interview");
    expect(step).toMatchObject({ channel: "email", templates: ["second-interview-request"] });
    expect(Date.parse(step.window.earliest)).toBeGreaterThan(
      Date.parse(stepOf(plan, "thank-you-email").window.earliest),
    );
  });
});
