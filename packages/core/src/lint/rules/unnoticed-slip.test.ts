import { describe, expect, it } from "vitest";
import { findingsOf, fixAll, flaggedText } from "../../test-support/lint-harness.js";

const spill = { what: "Spilled water", kind: "physical-mishap" } as const;
const late = { what: "Arrived ten minutes late", kind: "late" } as const;

describe("lint unnoticed-slip (guard no-unnoticed-mistakes)", () => {
  it.each([
    {
      name: "an unsure spill, in the slip's own words",
      slips: [{ ...spill, noticed: "unsure" }],
      text: "Thank you for your time. Sorry again for spilling the water on the desk.",
      flagged: ["Sorry again for spilling the water on the desk."],
    },
    {
      name: "a lateness they did not notice, by its kind's words",
      slips: [{ ...late, noticed: "no" }],
      text: "Apologies for arriving late. I enjoyed our talk.",
      flagged: ["Apologies for arriving late."],
    },
    {
      name: "the same spill, surely noticed: a message may own it",
      slips: [{ ...spill, noticed: "certain" }],
      text: "Sorry again for spilling the water on the desk.",
      flagged: [],
    },
    {
      name: "one shared word is not a mention",
      slips: [{ ...spill, noticed: "unsure" }],
      text: "Thanks for the glass of water and the tour.",
      flagged: [],
    },
    {
      name: "the organisation's own name is not a mention",
      slips: [{ ...spill, noticed: "unsure" }],
      overrides: { organisation: { name: "Spilled Water Records" } },
      text: "I'd love to join Spilled Water Records.",
      flagged: [],
    },
  ] as const)("$name", ({ slips, text, flagged, ...rest }) => {
    const overrides = { ...("overrides" in rest ? rest.overrides : {}), slips };
    const findings = findingsOf("unnoticed-slip", text, { overrides });
    expect(flaggedText(text, findings)).toEqual(flagged);
    for (const finding of findings) expect(finding.guard).toBe("no-unnoticed-mistakes");
  });

  it("a mention that fits a surely noticed slip as well gets the benefit of the doubt", () => {
    const text = "I'm sorry I arrived late.";
    const slips = [
      { ...late, noticed: "unsure" },
      { what: "Late back from the break", kind: "late", noticed: "certain" },
    ] as const;
    expect(findingsOf("unnoticed-slip", text, { overrides: { slips } })).toEqual([]);
  });

  it("the fix removes the sentence and nothing else", () => {
    const text =
      "Dear Marie,\nThank you for Friday. Sorry again for spilling the water. I enjoyed meeting the team.";
    const findings = findingsOf("unnoticed-slip", text, {
      overrides: { slips: [{ ...spill, noticed: "no" }] },
    });
    expect(fixAll(text, findings)).toBe(
      "Dear Marie,\nThank you for Friday. I enjoyed meeting the team.",
    );
  });
});
