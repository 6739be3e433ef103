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

  it("is the request of the thank-you while it is still to be sent", () => {
    const { plan } = planFor({ standing: strong, interview: { severity: "severe" } });
    const step = stepOf(plan, "request-second-interview");
    expect(step).toMatchObject({ channel: "email", templates: ["thank-you-email"] });
    expect(step.window).toEqual(stepOf(plan, "thank-you-email").window);
  });

  it("once the thank-you has gone, is its own email and carries the circumstance", () => {
    const { plan } = planFor({
      standing: strong,
      interview: { severity: "noticeable" },
      circumstance: disclosed,
      followUps: [{ sentAt: "2026-11-20T18:00:00Z", answered: true }],
    });
    expect(stepOf(plan, "request-second-interview").templates).toEqual([
      "second-interview-request",
    ]);
    expect(stepOf(plan, "explain-circumstances").templates).toEqual(["second-interview-request"]);
  });
});
