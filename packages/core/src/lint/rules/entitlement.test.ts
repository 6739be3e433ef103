import { describe, expect, it } from "vitest";
import { findingsOf, flaggedText } from "../../test-support/lint-harness.js";

describe("lint entitlement", () => {
  it.each([
    { text: "I deserve a second chance.", flagged: ["I deserve"] },
    { text: "You must reconsider my application.", flagged: ["You must reconsider"] },
    { text: "I am clearly the best candidate.", flagged: ["I am clearly the best candidate"] },
    { text: "I expect to hear back by Friday.", flagged: ["I expect to hear"] },
    { text: "You owe me an explanation.", flagged: ["You owe me"] },
    { text: "You must have had a long day of interviews.", flagged: [] },
    { text: "I would be glad to hear from you when the time is right.", flagged: [] },
  ])("$text", ({ text, flagged }) => {
    const findings = findingsOf("entitlement", text);
    expect(flaggedText(text, findings)).toEqual(flagged);
    for (const finding of findings) expect(finding.suggestion).toMatch(/Ask, don't demand/);
  });
});
