import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstWords, inline } from "./text-tools.js";

// The straightforward regex versions the one-pass scans replaced.
function firstWordsReference(text: string, maxWords: number, cutMark = "…"): string {
  const words: string[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    if (words.length === maxWords) return `${words.join(" ").replace(/[.,;:!?-]+$/, "")}${cutMark}`;
    words.push(match[0]);
  }
  return words.join(" ");
}
const inlineReference = (text: string): string => text.replace(/[\s.,;:!?]+$/, "");

// Words, punctuation and every kind of white space, so gaps, cuts and trims all get exercised.
const piece = fc.constantFrom(
  ..."ab é.,;:!?-".split(""),
  ..." \t\n\r\v\f\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b".split(""),
  "  ",
  "word",
  "x.",
);
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));
const RUNS = { numRuns: 3000, seed: 20261130 };

describe("text tools equal their regex references (property)", () => {
  it("firstWords", () => {
    fc.assert(
      fc.property(text, fc.nat(12), fc.constantFrom("…", ""), (value, maxWords, cutMark) => {
        expect(firstWords(value, maxWords, cutMark)).toBe(
          firstWordsReference(value, maxWords, cutMark),
        );
      }),
      RUNS,
    );
  });

  it("inline", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(inline(value)).toBe(inlineReference(value));
      }),
      RUNS,
    );
  });
});
