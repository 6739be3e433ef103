import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, WORD_LIMITS } from "../../messages/word-limits.js";
import { testDebrief } from "../../test-support/test-debrief.js";
import { tooLong } from "./too-long.js";
import { findingsOf, flaggedText } from "../../test-support/lint-harness.js";

const words = (count: number) =>
  Array.from({ length: count }, (_, index) => `word${index + 1}`).join(" ");

describe("lint too-long", () => {
  it("flags exactly the texts with more words than the limit (the length shortcut loses none)", () => {
    const debrief = testDebrief({});
    const texts = fc
      .array(fc.constantFrom("a", "bb", " ", "  ", "\n", "\u00a0", "’"), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 12 }), (text, wordLimit) => {
        const flagged = tooLong(text, { debrief, channel: "email", wordLimit }).length > 0;
        expect(flagged).toBe(countWords(text) > wordLimit);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    { channel: "email", count: WORD_LIMITS.email, flagged: false },
    { channel: "email", count: WORD_LIMITS.email + 1, flagged: true },
    { channel: "handwritten-note", count: WORD_LIMITS["handwritten-note"], flagged: false },
    { channel: "handwritten-note", count: WORD_LIMITS["handwritten-note"] + 5, flagged: true },
    { channel: "phone", count: WORD_LIMITS.phone + 1, flagged: true },
  ] as const)("$channel with $count words → flagged $flagged", ({ channel, count, flagged }) => {
    expect(findingsOf("too-long", words(count), { channel }).length > 0).toBe(flagged);
  });

  it("points at the words past the limit and says by how many", () => {
    const text = `${words(WORD_LIMITS["handwritten-note"] + 3)}\n`;
    const [finding] = findingsOf("too-long", text, { channel: "handwritten-note" });
    expect(flaggedText(text, finding === undefined ? [] : [finding])).toEqual([
      "word101 word102 word103",
    ]);
    expect(finding?.message).toMatch(/103 words: over the 100-word limit for this channel by 3/);
    expect(finding?.replacement).toBeUndefined();
  });

  it("a word limit in the context overrides the channel's", () => {
    expect(findingsOf("too-long", words(30), { wordLimit: 25 })).toHaveLength(1);
    expect(findingsOf("too-long", words(300), { wordLimit: 400 })).toEqual([]);
  });
});
