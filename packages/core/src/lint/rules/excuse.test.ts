import { describe, expect, it } from "vitest";
import { findingsOf, flaggedText } from "../../test-support/lint-harness.js";

const hospital = "My father was taken to hospital that morning";

describe("lint excuse (guard no-excuses)", () => {
  it.each([
    {
      name: "tiredness",
      text: "I was very tired after the flight.",
      flagged: ["I was very tired"],
    },
    {
      name: "traffic, flagged once",
      text: "Because I was stuck in traffic, I arrived flustered.",
      flagged: ["Because I was stuck in traffic"],
    },
    {
      name: "blaming nerves",
      text: "My answers suffered due to nerves.",
      flagged: ["due to nerves"],
    },
    {
      name: "an alarm",
      text: "My alarm didn't go off, so I rushed.",
      flagged: ["My alarm didn't go off"],
    },
    {
      name: "small talk about traffic is no excuse",
      text: "I hope the traffic was kind to you on Friday.",
      flagged: [],
    },
    {
      name: "owning it plainly",
      text: "I didn't answer the budgeting question well, and I've since prepared a clearer example.",
      flagged: [],
    },
  ])("$name", ({ text, flagged }) => {
    const findings = findingsOf("excuse", text);
    expect(flaggedText(text, findings)).toEqual(flagged);
    for (const finding of findings) {
      // No one-click fix: only the writer can say what they own instead.
      expect(finding.guard).toBe("no-excuses");
      expect(finding.replacement).toBeUndefined();
    }
  });

  it.each([
    { name: "disclosed: context, not an excuse", disclose: true, flagged: [] },
    {
      name: "kept private: an excuse like any other",
      disclose: false,
      flagged: ["because I was at the hospital with my father"],
    },
  ])("a circumstance $name", ({ disclose, flagged }) => {
    const text = "I was distracted because I was at the hospital with my father.";
    const findings = findingsOf("excuse", text, {
      overrides: { circumstance: { description: hospital, disclose } },
    });
    expect(flaggedText(text, findings)).toEqual(flagged);
  });

  it("a disclosed circumstance does not excuse an unrelated reason in another sentence", () => {
    const text = "I was at the hospital with my father that morning. I was also very tired.";
    const findings = findingsOf("excuse", text, {
      overrides: { circumstance: { description: hospital, disclose: true } },
    });
    expect(flaggedText(text, findings)).toEqual(["I was also very tired"]);
  });
});
