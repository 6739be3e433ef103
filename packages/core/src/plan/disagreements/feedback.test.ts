import { describe, expect, it } from "vitest";
import { disagreementOf } from "../../test-support/disagreement-of.js";
import { planFor } from "../../test-support/test-debrief.js";

const rejected = { candidacy: { status: "rejected" } } as const;

describe("disagreement feedback (Blake and Dennis / LaReau)", () => {
  it.each([
    { status: "rejected", expected: true },
    { status: "waiting", expected: false },
    { status: "unknown", expected: false },
    { status: "offer", expected: false },
  ] as const)("applies when $status → $expected", ({ status, expected }) => {
    expect(disagreementOf(planFor({ candidacy: { status } }).plan, "feedback") !== undefined).toBe(
      expected,
    );
  });

  it.each([
    {
      name: "early in a career",
      career: { yearsExperience: 3 },
      asks: true,
      why: /first five years/,
    },
    {
      name: "a trusted source",
      career: { yearsExperience: 12, feedbackSourceTrusted: "yes" },
      asks: true,
      why: /trust/,
    },
    {
      name: "neither",
      career: { yearsExperience: 12, feedbackSourceTrusted: "no" },
      asks: false,
      why: /LaReau's caution/,
    },
    {
      name: "experience unknown, source unknown",
      career: {},
      asks: false,
      why: /LaReau's caution/,
    },
  ] as const)("$name: picks ask = $asks, and the plan agrees", ({ career, asks, why }) => {
    const { plan, ids } = planFor({ ...rejected, career });
    const disagreement = disagreementOf(plan, "feedback");
    expect(disagreement?.pick.startsWith("Ask")).toBe(asks);
    expect(disagreement?.why).toMatch(why);
    expect(ids.includes("request-feedback")).toBe(asks);
  });
});
