import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdsEveryPair, pairsOf } from "./draft-text.js";

const pieces = fc.constantFrom(..."abcspilédz ’'-.\n".split(""), "spill", "ing", "𝒜", "\ud835");
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(""));

describe("holdsEveryPair", () => {
  it("is never false for a text that holds the value (a search would find it)", () => {
    fc.assert(
      fc.property(texts, texts, fc.nat(), fc.nat(), (text, other, from, length) => {
        const start = text.length === 0 ? 0 : from % text.length;
        const inside = text.slice(start, start + (length % 8));
        expect(holdsEveryPair(pairsOf(text), inside)).toBe(true);
        // A no is always right: the value is not in the text.
        if (!holdsEveryPair(pairsOf(text), other)) expect(text.includes(other)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
