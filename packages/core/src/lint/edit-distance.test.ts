import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance.js";

/** The textbook table, a fresh row per letter, with the same early stop: what the fast one replaced. */
function referenceDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    if (Math.min(...current) > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

describe("editDistance", () => {
  it("counts single-letter edits", () => {
    expect(editDistance("marie", "mary")).toBe(2);
    expect(editDistance("steven", "stephen")).toBe(2);
    expect(editDistance("", "ann")).toBe(3);
    expect(editDistance("anne", "anne")).toBe(0);
  });

  it("stops above the maximum", () => {
    expect(editDistance("alexandra", "bo", 2)).toBe(3);
  });

  it("agrees with the textbook table on any words, with or without a maximum", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "😀"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.option(fc.nat(4), { nil: undefined }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(referenceDistance(a, b, max));
      }),
      { numRuns: 3000 },
    );
  });
});
