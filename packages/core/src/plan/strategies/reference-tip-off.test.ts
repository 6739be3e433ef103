import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

const forgotten = [
  { kind: "experience", detail: "Led the ERP migration", important: true },
] as const;
const reference = { name: "Priya Shah", trusted: "yes" } as const;

describe("reference-tip-off", () => {
  it.each([
    {
      name: "trusted reference and a forgotten strength",
      overrides: { reference, forgotten: [...forgotten] },
      expected: true,
    },
    {
      name: "trusted reference who can mention something",
      overrides: { reference: { ...reference, canMention: "My audit work" } },
      expected: true,
    },
    { name: "trusted reference, nothing to carry", overrides: { reference }, expected: false },
    {
      name: "reference not trusted",
      overrides: { reference: { ...reference, trusted: "unknown" }, forgotten: [...forgotten] },
      expected: false,
    },
    { name: "no reference", overrides: { forgotten: [...forgotten] }, expected: false },
    {
      name: "rejected",
      overrides: { reference, forgotten: [...forgotten], candidacy: { status: "rejected" } },
      expected: false,
    },
  ] as const)("$name → $expected", ({ overrides, expected }) => {
    expect(planFor(overrides).ids.includes("reference-tip-off")).toBe(expected);
  });

  it("names the reference and the strength to carry", () => {
    const step = stepOf(
      planFor({ reference, forgotten: [...forgotten] }).plan,
      "reference-tip-off",
    );
    expect(step).toMatchObject({ templates: ["reference-tip-off"], outreach: true });
    expect(step.rationale).toMatch(/Priya Shah/);
    expect(step.rationale).toMatch(/ERP migration/);
  });
});
