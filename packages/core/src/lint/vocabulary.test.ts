import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordTokens, withoutPossessive } from "./text-scan.js";
import { distinctiveStems, hasDistinctiveStem, isDistinctive, stem } from "./vocabulary.js";

// The straightforward versions the fast ones replace: a suffix list, and every token lowered
// once for the stopword test and again for its stem.
function referenceStem(word: string): string {
  const lower = withoutPossessive(word.toLowerCase());
  for (const suffix of ["ing", "ed", "s"])
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3)
      return lower.slice(0, -suffix.length);
  return lower;
}

function referenceDistinctiveStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const { word } of wordTokens(text)) if (isDistinctive(word)) stems.add(referenceStem(word));
  return stems;
}

const pieces = fc.constantFrom(
  ..."aeisdgnZÉßΣİ'’- .".split(""),
  "ing",
  "ed",
  "s",
  "’s",
  "'s",
  "the",
  "Spilled",
  "dates",
  "interview",
  "𝒜",
);
const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(""));

describe("vocabulary", () => {
  it("stems as the suffix list does", () => {
    fc.assert(
      fc.property(texts, (word) => {
        expect(stem(word)).toBe(referenceStem(word));
      }),
      { numRuns: 3000 },
    );
    expect(stem("Spilled")).toBe("spill");
    expect(stem("dates")).toBe("date");
  });

  it("says whether a text has a stem exactly as its set of distinctive stems does", () => {
    fc.assert(
      fc.property(texts, texts, fc.nat(), (text, other, pick) => {
        const stems = [...distinctiveStems(text)];
        // A stem of the text (when it has one), and any other value.
        const own = stems[pick % Math.max(1, stems.length)] ?? other;
        for (const value of [own, stem(other), other])
          expect(hasDistinctiveStem(text, value)).toBe(distinctiveStems(text).has(value));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the distinctive stems of every text as the token-by-token reading does", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(distinctiveStems(text)).toEqual(referenceDistinctiveStems(text));
      }),
      { numRuns: 3000 },
    );
  });
});
