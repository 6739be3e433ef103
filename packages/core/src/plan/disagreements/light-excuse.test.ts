import { describe, expect, it } from "vitest";
import { disagreementOf } from "../../test-support/disagreement-of.js";
import { planFor } from "../../test-support/test-debrief.js";

const wrongName = {
  what: "Called Marie “Mary”",
  kind: "wrong-name",
  noticed: "certain",
  saidInstead: "Mary",
} as const;
const late = { what: "Arrived ten minutes late", kind: "late", noticed: "certain" } as const;

describe("disagreement light-excuse (Brooks / the others)", () => {
  it.each([
    { name: "the plan apologises for a slip", slips: [wrongName], expected: true },
    {
      name: "the slip may have gone unnoticed",
      slips: [{ ...wrongName, noticed: "unsure" }],
      expected: false,
    },
    {
      name: "already apologised in person",
      slips: [{ ...wrongName, apologisedInPerson: true }],
      expected: false,
    },
    { name: "no slips", slips: [], expected: false },
  ] as const)("applies when $name → $expected", ({ slips, expected }) => {
    expect(disagreementOf(planFor({ slips }).plan, "light-excuse") !== undefined).toBe(expected);
  });

  it("a wrong name is Brooks's case; any other slip leans to no reason at all", () => {
    const name = disagreementOf(planFor({ slips: [wrongName] }).plan, "light-excuse");
    const lateness = disagreementOf(planFor({ slips: [late] }).plan, "light-excuse");
    expect(name?.sides).toHaveLength(3);
    expect(name?.why).toMatch(/wrong name/);
    expect(lateness?.why).toMatch(/safer/);
  });
});
