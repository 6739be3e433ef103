import { describe, expect, it } from "vitest";
import { planFor, stepOf } from "../../test-support/test-debrief.js";

const wrongName = {
  what: "Called Marie “Mary”",
  kind: "wrong-name",
  noticed: "certain",
  apologisedInPerson: false,
  saidInstead: "Mary",
} as const;
const spill = {
  what: "Spilled water",
  kind: "physical-mishap",
  noticed: "certain",
  apologisedInPerson: true,
} as const;

describe("apologize-slip", () => {
  it.each([
    {
      name: "called Marie “Mary”, surely noticed, not apologised",
      slips: [wrongName],
      expected: true,
    },
    { name: "spilled water and apologised then", slips: [spill], expected: false },
    {
      name: "a slip they may not have noticed",
      slips: [{ ...wrongName, noticed: "unsure" }],
      expected: false,
    },
    {
      name: "a slip they did not notice",
      slips: [{ ...wrongName, noticed: "no" }],
      expected: false,
    },
    {
      name: "visible nerves (interviewers discount them)",
      slips: [{ ...wrongName, kind: "nerves" }],
      expected: false,
    },
    { name: "no slips", slips: [], expected: false },
  ] as const)("$name → $expected", ({ slips, expected }) => {
    expect(planFor({ slips: [...slips] }).ids.includes("apologize-slip")).toBe(expected);
  });

  it("apologises for one slip only, named in the rationale, as a thank-you section", () => {
    const late = { what: "Arrived ten minutes late", kind: "late", noticed: "certain" } as const;
    const { plan, ids } = planFor({ slips: [wrongName, late] });
    expect(ids.filter((id) => id === "apologize-slip")).toHaveLength(1);
    const step = stepOf(plan, "apologize-slip");
    expect(step).toMatchObject({ channel: "email", templates: ["thank-you-email"] });
    expect(step.rationale).toMatch(/Marie/);
    expect(step.rationale).not.toMatch(/ten minutes late/);
  });

  it("does not apply once rejected", () => {
    expect(planFor({ slips: [wrongName], candidacy: { status: "rejected" } }).ids).not.toContain(
      "apologize-slip",
    );
  });
});
