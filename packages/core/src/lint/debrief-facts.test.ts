import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Debrief } from "../debrief/debrief.js";
import { arbitraryDebriefAndNow } from "../test-support/arbitrary-debrief.js";
import { bareWord, typedTexts, typedWordLookup } from "./debrief-facts.js";
import { wordTokens } from "./text-scan.js";

// The straightforward version the lookup replaced: every word of every text the person typed.
function referenceKnownWords(debrief: Debrief): Set<string> {
  const known = new Set<string>();
  for (const text of typedTexts(debrief))
    if (text !== undefined) for (const { word } of wordTokens(text)) known.add(bareWord(word));
  return known;
}

describe("typedWordLookup", () => {
  it("knows exactly the words the person typed", () => {
    fc.assert(
      fc.property(
        arbitraryDebriefAndNow,
        fc.nat(),
        fc.string({ maxLength: 6 }),
        (any, pick, other) => {
          const known = referenceKnownWords(any.debrief);
          const isKnown = typedWordLookup(any.debrief);
          const words = [...known];
          const own = words[pick % Math.max(1, words.length)] ?? other;
          // One of their words, a piece of it, a longer one, and anything else.
          for (const word of [own, own.slice(1), `${own}s`, other, other.toLowerCase()])
            expect(isKnown(word)).toBe(known.has(word));
        },
      ),
      { numRuns: 300 },
    );
  });
});
