import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quote } from "./reflection-prompts.js";

/** The straightforward version: split into code points, cut at 89 when there are more than 90. */
function quoteReference(text: string): string {
  const trimmed = text.trim();
  const points = Array.from(trimmed);
  return `"${points.length <= 90 ? trimmed : `${points.slice(0, 89).join("").trimEnd()}…`}"`;
}

describe("quote equals the Array.from version (property)", () => {
  it("on any text, surrogate pairs, lone surrogates and spaces included", () => {
    const unit = fc.constantFrom("a", " ", "é", "😀", "\uD800", "\uDC00", "\n", "面");
    const text = fc.array(unit, { maxLength: 200 }).map((units) => units.join(""));
    fc.assert(
      fc.property(text, (value) => {
        expect(quote(value)).toBe(quoteReference(value));
      }),
      { numRuns: 5000, seed: 20261130 },
    );
  });
});
