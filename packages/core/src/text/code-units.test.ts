import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeUnitsAt } from "./code-units.js";

describe("codeUnitsAt", () => {
  it("walks any UTF-16 text, lone surrogates included, code point by code point as Array.from does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (text) => {
        const walked: string[] = [];
        for (let index = 0; index < text.length; index += codeUnitsAt(text, index))
          walked.push(text.slice(index, index + codeUnitsAt(text, index)));
        expect(walked).toEqual(Array.from(text));
      }),
      { numRuns: 1000 },
    );
  });
});
