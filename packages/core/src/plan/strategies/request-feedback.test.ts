import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

describe("request-feedback", () => {
  it.each([
    {
      name: "rejected, trusted source",
      status: "rejected",
      career: { feedbackSourceTrusted: "yes" },
      expected: true,
    },
    {
      name: "rejected, three years in",
      status: "rejected",
      career: { yearsExperience: 3 },
      expected: true,
    },
    {
      name: "rejected, fifteen years in, source not trusted",
      status: "rejected",
      career: { yearsExperience: 15, feedbackSourceTrusted: "no" },
      expected: false,
    },
    {
      name: "rejected, five years exactly",
      status: "rejected",
      career: { yearsExperience: 5 },
      expected: false,
    },
    { name: "rejected, career stage unknown", status: "rejected", career: {}, expected: false },
    {
      name: "still waiting, even if trusted",
      status: "waiting",
      career: { feedbackSourceTrusted: "yes" },
      expected: false,
    },
    {
      name: "status unknown, early career",
      status: "unknown",
      career: { yearsExperience: 1 },
      expected: false,
    },
    { name: "offer", status: "offer", career: { feedbackSourceTrusted: "yes" }, expected: false },
  ] as const)("$name → $expected", ({ status, career, expected }) => {
    expect(planFor({ candidacy: { status }, career }).ids.includes("request-feedback")).toBe(
      expected,
    );
  });

  it("is one question inside the gracious reply (LaReau), not a message of its own", () => {
    const { plan } = planFor({ candidacy: { status: "rejected" }, career: { yearsExperience: 2 } });
    const step = stepOf(plan, "request-feedback");
    expect(step.templates).toEqual(["rejection-reply"]);
    expect(step.window).toEqual(stepOf(plan, "gracious-rejection-reply").window);
    expect(step.rationale).toMatch(/early in your career/);
  });
});
