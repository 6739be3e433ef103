import { describe, expect, it } from "vitest";
import { findingsOf, fixAll, flaggedText } from "../../test-support/lint-harness.js";

const spill = { what: "Spilled water", kind: "physical-mishap", noticed: "certain" } as const;

describe("lint repeat-apology (guard no-repeat-apology)", () => {
  it.each([
    {
      name: "apologised in person, apologised again",
      apologised: true,
      text: "Sorry again for spilling the water.",
      flagged: ["Sorry again for spilling the water."],
    },
    {
      name: "not yet apologised: the one apology is owed",
      apologised: false,
      text: "Sorry again for spilling the water.",
      flagged: [],
    },
    {
      name: "mentioned without an apology",
      apologised: true,
      text: "The spilled water made for a memorable start!",
      flagged: [],
    },
  ])("$name", ({ apologised, text, flagged }) => {
    const findings = findingsOf("repeat-apology", text, {
      overrides: { slips: [{ ...spill, apologisedInPerson: apologised }] },
    });
    expect(flaggedText(text, findings)).toEqual(flagged);
    for (const finding of findings) expect(finding.guard).toBe("no-repeat-apology");
  });

  it("the fix drops the repeated apology and keeps the thanks", () => {
    const text = "Thank you, Marie. Sorry again for spilling the water. I hope to hear from you.";
    const findings = findingsOf("repeat-apology", text, {
      overrides: { slips: [{ ...spill, apologisedInPerson: true }] },
    });
    expect(fixAll(text, findings)).toBe("Thank you, Marie. I hope to hear from you.");
  });
});
