import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "./word-limits.js";

describe("countWords", () => {
  it("counts runs of non-space characters, every Unicode space separating", () => {
    const pieces = fc.constantFrom(
      ..."ab.é \t\n\r\v\f\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b".split(
        "",
      ),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(countWords(text)).toBe(text.match(/\S+/g)?.length ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a draft as a reader would", () => {
    expect(countWords("  Dear Marie,\n\nThank you, truly.  ")).toBe(5);
  });
});
