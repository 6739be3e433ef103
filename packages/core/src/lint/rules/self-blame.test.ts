import { describe, expect, it } from "vitest";
import { findingsOf, flaggedText } from "../../test-support/lint-harness.js";

describe("lint self-blame", () => {
  it.each([
    {
      text: "Took a call from my mum halfway through, so stupid of me.",
      flagged: ["so stupid of me"],
    },
    { text: "I know I blew it on the budget question.", flagged: ["I blew it"] },
    { text: "It was entirely my own fault.", flagged: ["my own fault"] },
    { text: "I'm such an idiot for that answer.", flagged: ["I'm such an idiot"] },
    {
      text: "I was a complete disaster in the second half.",
      flagged: ["I was a complete disaster"],
    },
    { text: "I've been kicking myself all evening.", flagged: ["kicking myself"] },
    { text: "I made a fool of myself.", flagged: ["I made a fool of myself"] },
    // Owning a gap, or a plain apology, is not self-blame.
    { text: "That's on me, and I know I can do better.", flagged: [] },
    { text: "I'm sorry I got your name wrong.", flagged: [] },
    { text: "I'm still very keen on the role.", flagged: [] },
  ])("$text", ({ text, flagged }) => {
    expect(flaggedText(text, findingsOf("self-blame", text))).toEqual(flagged);
  });
});
