import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isCapitalised,
  nextCapitalisedWord,
  WordCursor,
  withoutPossessive,
  wordTokens,
} from "./text-scan.js";

// Letters of several scripts (one astral), the joiners, apostrophes, spaces and punctuation, and a
// lone surrogate: what the hand-written tokeniser must read exactly as the word pattern does.
const pieces = fc.constantFrom(
  ..."aZéÉßЖж漢'’-s S.,!\n 1_\u00a0".split(""),
  "𝒜",
  "\ud835",
  "O'Neill",
  "Anne-Marie",
  "Mary’s",
);
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(""));

/** The words as the regex the tokeniser replaced finds them. */
const byWordPattern = (text: string) =>
  [...text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));

describe("wordTokens", () => {
  it("finds the words of the pattern letters-with-inner-apostrophes-or-hyphens, with offsets", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(wordTokens(text)).toEqual(byWordPattern(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads any UTF-16 text, lone surrogates included, as the word pattern does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (text) => {
        expect(wordTokens(text)).toEqual(byWordPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps names whole", () => {
    expect(wordTokens("Dear O'Neill and Anne-Marie -").map((token) => token.word)).toEqual([
      "Dear",
      "O'Neill",
      "and",
      "Anne-Marie",
    ]);
  });
});

describe("nextCapitalisedWord", () => {
  it("visits exactly the capitalised words of wordTokens, in order", () => {
    const anyText = fc.oneof(texts, fc.string({ unit: "binary", maxLength: 30 }));
    fc.assert(
      fc.property(anyText, (text) => {
        const expected = wordTokens(text)
          .filter((token) => isCapitalised(token.word))
          .map(({ start, end }) => ({ start, end }));
        const cursor = new WordCursor(text);
        const found: { start: number; end: number }[] = [];
        while (nextCapitalisedWord(cursor)) found.push({ start: cursor.start, end: cursor.end });
        expect(found).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("withoutPossessive", () => {
  it("drops a final 's or ’s, nothing else", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(withoutPossessive(text)).toBe(text.replace(/['’]s$/, ""));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isCapitalised", () => {
  it("agrees with /^\\p{Lu}/u on every text, ASCII or not", () => {
    const start = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(start, fc.string({ maxLength: 3 }), (first, rest) => {
        const text = first + rest;
        expect(isCapitalised(text)).toBe(/^\p{Lu}/u.test(text));
      }),
      { numRuns: 3000 },
    );
    expect(isCapitalised("")).toBe(false);
  });
});
