import { describe, expect, it } from "vitest";
import { findingsOf, fixAll, flaggedText } from "../../test-support/lint-harness.js";

const marie = { interviewers: [{ name: "Marie Dubois" }] } as const;
const calledHerMary = {
  ...marie,
  slips: [
    { what: "Called Marie “Mary”", kind: "wrong-name", noticed: "certain", saidInstead: "Mary" },
  ],
} as const;

describe("lint interviewer-name", () => {
  it.each([
    {
      name: "the name used by mistake (Mary for Marie)",
      overrides: calledHerMary,
      text: "Dear Mary, thank you.",
      flagged: ["Mary"],
    },
    {
      name: "Mary, even without a recorded slip: it sounds like Marie",
      overrides: marie,
      text: "Dear Mary,",
      flagged: ["Mary"],
    },
    { name: "one letter off", overrides: marie, text: "Dear Maria,", flagged: ["Maria"] },
    {
      name: "a misspelt surname, possessive kept out of the span",
      overrides: marie,
      text: "Ms Dubios's team",
      flagged: ["Dubios"],
    },
    {
      name: "spelt as given",
      overrides: marie,
      text: "Dear Marie, thank you, Ms Dubois.",
      flagged: [],
    },
    {
      name: "another name that only looks close (Mark)",
      overrides: marie,
      text: "Mark from finance joined us.",
      flagged: [],
    },
    {
      name: "everyday words that start sentences",
      overrides: { interviewers: [{ name: "Dan Moss" }] },
      text: "Can we talk? Most of all, thanks.",
      flagged: [],
    },
    {
      name: "a word the person typed elsewhere (St Mary's Hospital)",
      overrides: { ...calledHerMary, organisation: { name: "St Mary's Hospital" } },
      text: "I'd be proud to work at St Mary's Hospital.",
      flagged: [],
    },
    { name: "no interviewers known", overrides: {}, text: "Dear Mary,", flagged: [] },
  ] as const)("$name", ({ overrides, text, flagged }) => {
    expect(flaggedText(text, findingsOf("interviewer-name", text, { overrides }))).toEqual(flagged);
  });

  it.each([
    { text: "Dear Mary,\nThank you.", fixed: "Dear Marie,\nThank you." },
    { text: "Ms Dubios's team impressed me.", fixed: "Ms Dubois's team impressed me." },
  ])("the fix writes the name as they spell it: $fixed", ({ text, fixed }) => {
    const findings = findingsOf("interviewer-name", text, { overrides: calledHerMary });
    expect(findings[0]?.suggestion).toMatch(/exactly as they spell it/);
    expect(fixAll(text, findings)).toBe(fixed);
  });

  it("inside an apology, the wrong name is flagged without a fix that would garble it", () => {
    const text = "I'm sorry I called you Mary.";
    const [finding] = findingsOf("interviewer-name", text, { overrides: calledHerMary });
    expect(flaggedText(text, finding === undefined ? [] : [finding])).toEqual(["Mary"]);
    expect(finding?.suggestion).toMatch(/without repeating the wrong one/);
    expect(finding?.replacement).toBeUndefined();
  });

  it("a wrong name resembling nobody is replaced by the recipient's first name", () => {
    const overrides = {
      interviewers: [{ name: "Priya Shah" }],
      slips: [
        { what: "Called her Tanya", kind: "wrong-name", noticed: "certain", saidInstead: "Tanya" },
      ],
    } as const;
    const text = "Dear Tanya,";
    expect(fixAll(text, findingsOf("interviewer-name", text, { overrides }))).toBe("Dear Priya,");
  });
});
