import { describe, expect, it } from "vitest";
import { enforceAlone, inForce } from "../../test-support/guard-harness.js";
import { planFor, testDebrief } from "../../test-support/test-debrief.js";

const spill = {
  what: "Spilled water",
  kind: "physical-mishap",
  noticed: "certain",
  apologisedInPerson: true,
} as const;
const wrongName = {
  what: "Called Marie “Mary”",
  kind: "wrong-name",
  noticed: "certain",
  apologisedInPerson: false,
} as const;

describe("guard no-repeat-apology", () => {
  it.each([
    {
      name: "a slip already apologised for in person",
      overrides: { slips: [spill] },
      expected: true,
    },
    {
      name: "rejected, with a slip apologised in person",
      overrides: { slips: [spill], candidacy: { status: "rejected" } },
      expected: true,
    },
    { name: "no slip apologised in person", overrides: { slips: [wrongName] }, expected: false },
    {
      name: "an offer",
      overrides: { slips: [spill], candidacy: { status: "offer" } },
      expected: false,
    },
  ] as const)("in force when $name → $expected", ({ overrides, expected }) => {
    expect(inForce(planFor(overrides).plan, "no-repeat-apology")).toBe(expected);
  });

  it.each([
    {
      name: "spilled water and apologised then: no written apology",
      slips: [spill],
      kept: ["thank-you-email"],
    },
    {
      name: "another slip is still owed an apology",
      slips: [spill, wrongName],
      kept: ["thank-you-email", "apologize-slip"],
    },
  ] as const)("enforce: $name", ({ slips, kept }) => {
    expect(
      enforceAlone(
        "no-repeat-apology",
        ["thank-you-email", "apologize-slip"],
        testDebrief({ slips }),
      ),
    ).toEqual(kept);
  });

  it("the plan apologises for the still-owed slip and never for the one settled in person", () => {
    const { plan } = planFor({ slips: [spill, wrongName] });
    const apology = plan.steps.filter((step) => step.strategy === "apologize-slip");
    expect(apology).toHaveLength(1);
    expect(apology[0]?.rationale).toMatch(/Mary/);
    expect(apology[0]?.rationale).not.toMatch(/Spilled/);
  });
});
