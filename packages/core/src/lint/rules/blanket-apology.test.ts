import { describe, expect, it } from "vitest";
import { findingsOf, fixAll, flaggedText } from "../../test-support/lint-harness.js";

describe("lint blanket-apology (guard no-blanket-apology)", () => {
  it.each([
    {
      name: "sorry for the interview",
      text: "Thank you for your time. I'm sorry about the interview.",
      flagged: ["I'm sorry about the interview."],
    },
    {
      name: "apologise for how it went",
      text: "I apologise for how it went yesterday. Best wishes.",
      flagged: ["I apologise for how it went yesterday."],
    },
    {
      name: "my poor performance",
      text: "Please accept my apologies for my poor performance.",
      flagged: ["Please accept my apologies for my poor performance."],
    },
    {
      name: "an intensified apology",
      text: "I am terribly sorry I called you Mary.",
      flagged: ["terribly sorry"],
    },
    {
      name: "a second apology",
      text: "Sorry I called you Mary. I also apologise for the long answers.",
      flagged: ["apologise"],
    },
    {
      name: "sorry it went badly, without a 'for'",
      text: "I'm sorry the interview went so badly.",
      flagged: ["I'm sorry the interview went so badly."],
    },
    {
      name: "sorry it didn't go better",
      text: "Thanks for your patience. Sorry it didn't go better.",
      flagged: ["Sorry it didn't go better."],
    },
    {
      name: "apologising for performing poorly",
      text: "I apologise that I performed so poorly.",
      flagged: ["I apologise that I performed so poorly."],
    },
    {
      name: "a specific slip during the interview",
      text: "I'm sorry I called you Mary during the interview.",
      flagged: [],
    },
    {
      name: "one plain apology for one slip",
      text: "I'm sorry I called you Mary; it won't happen again.",
      flagged: [],
    },
    {
      name: "sympathy is not an apology",
      text: "I was sorry to hear about the office move. Sorry I called you Mary.",
      flagged: [],
    },
    {
      name: "thanks for the interview",
      text: "Thank you for the interview and for your time.",
      flagged: [],
    },
  ])("$name", ({ text, flagged }) => {
    const findings = findingsOf("blanket-apology", text);
    expect(flaggedText(text, findings)).toEqual(flagged);
    for (const finding of findings) expect(finding.guard).toBe("no-blanket-apology");
  });

  it("one finding per stretch of text: an intensified blanket apology is flagged once, as a whole", () => {
    const text = "I'm so sorry for the interview. Thanks again.";
    expect(flaggedText(text, findingsOf("blanket-apology", text))).toEqual([
      "I'm so sorry for the interview.",
    ]);
  });

  it.each([
    {
      text: "Thanks, Marie.\nI'm sorry for the whole interview.\nBest wishes,\nSam",
      fixed: "Thanks, Marie.\nBest wishes,\nSam",
    },
    {
      text: "Thank you. I apologise for my performance. I enjoyed meeting the team.",
      fixed: "Thank you. I enjoyed meeting the team.",
    },
    { text: "So sorry I called you Mary.", fixed: "Sorry I called you Mary." },
    { text: "I am really so sorry I called you Mary.", fixed: "I am sorry I called you Mary." },
  ])("the fix leaves clean text: $fixed", ({ text, fixed }) => {
    expect(fixAll(text, findingsOf("blanket-apology", text))).toBe(fixed);
  });
});
