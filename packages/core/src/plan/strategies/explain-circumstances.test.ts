import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

const illness = { description: "My father was taken to hospital that morning" };

describe("explain-circumstances", () => {
  it.each([
    {
      name: "a circumstance they want to disclose",
      overrides: { circumstance: { ...illness, disclose: true } },
      expected: true,
    },
    {
      name: "a circumstance kept private",
      overrides: { circumstance: { ...illness, disclose: false } },
      expected: false,
    },
    { name: "no circumstance", overrides: {}, expected: false },
    {
      name: "rejected: explaining no longer changes anything",
      overrides: {
        circumstance: { ...illness, disclose: true },
        candidacy: { status: "rejected" },
      },
      expected: false,
    },
  ] as const)("$name → $expected", ({ overrides, expected }) => {
    expect(planFor(overrides).ids.includes("explain-circumstances")).toBe(expected);
  });

  it("names the circumstances message and comes after the thank-you", () => {
    const { plan } = planFor({ circumstance: { ...illness, disclose: true } });
    const step = stepOf(plan, "explain-circumstances");
    expect(step).toMatchObject({
      channel: "email",
      templates: ["circumstances-message"],
      outreach: true,
    });
    expect(Date.parse(step.window.earliest)).toBeGreaterThan(
      Date.parse(stepOf(plan, "thank-you-email").window.earliest),
    );
  });
});
