import { describe, expect, it } from "vitest";
import { findingsOf, flaggedText } from "../../test-support/lint-harness.js";

describe("lint nuisance-contact (guard no-nuisance)", () => {
  it.each([
    {
      text: "If I don't hear back, I'll drop by your office on Monday.",
      flagged: ["I'll drop by"],
    },
    { text: "I could stop by the office to talk it through.", flagged: ["I could stop by"] },
    { text: "Happy to visit your office whenever suits.", flagged: ["visit your office"] },
    { text: "I'll keep calling until I reach you.", flagged: ["I'll keep calling"] },
    {
      text: "I will call you again tomorrow and every day after.",
      flagged: ["I will call you again tomorrow"],
    },
    { text: "I'll email every week with updates.", flagged: ["I'll email every week"] },
    { text: "I would welcome a short call whenever it suits you.", flagged: [] },
    { text: "I'll look forward to hearing from you.", flagged: [] },
    { text: "Thank you for showing me around the office.", flagged: [] },
  ])("$text", ({ text, flagged }) => {
    const findings = findingsOf("nuisance-contact", text);
    expect(flaggedText(text, findings)).toEqual(flagged);
    for (const finding of findings) expect(finding.guard).toBe("no-nuisance");
  });
});
