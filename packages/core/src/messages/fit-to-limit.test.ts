import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitToLimit } from "./fit-to-limit.js";
import type { DraftPart } from "./template-definition.js";
import { countWords } from "./word-limits.js";

const parts = [
  { text: "Dear Ana," },
  { text: "one two three", drop: 2 },
  { text: "four five", drop: 5 },
  { text: "six seven eight", drop: 2 },
  { text: "Thanks." },
];

describe("fitToLimit", () => {
  it("keeps every part when the draft already fits", () => {
    expect(fitToLimit(parts, " | ", 100)).toBe(
      "Dear Ana, | one two three | four five | six seven eight | Thanks.",
    );
  });

  it("drops the highest priority first, then the later of two equal ones", () => {
    expect(fitToLimit(parts, " | ", 9)).toBe(
      "Dear Ana, | one two three | six seven eight | Thanks.",
    );
    expect(fitToLimit(parts, " | ", 6)).toBe("Dear Ana, | one two three | Thanks.");
  });

  it("returns null when the essential parts alone are too long", () => {
    expect(fitToLimit(parts, " | ", 2)).toBeNull();
  });

  it("skips empty parts so no blank paragraph is left", () => {
    expect(fitToLimit([{ text: "A" }, { text: "" }, { text: "B" }], "\n\n", 10)).toBe("A\n\nB");
  });
});

// The straightforward version (filter, count, splice, join) the marking one replaced.
function fitToLimitReference(
  parts: readonly DraftPart[],
  separator: string,
  limit: number,
): string | null {
  const kept = parts.filter((part) => part.text.length > 0);
  const words = kept.map((part) => countWords(part.text));
  let total = words.reduce((sum, count) => sum + count, 0);
  while (total > limit) {
    let victim = -1;
    let best: number | undefined;
    kept.forEach((part, index) => {
      if (part.drop !== undefined && (best === undefined || part.drop >= best)) {
        victim = index;
        best = part.drop;
      }
    });
    if (victim === -1) return null;
    kept.splice(victim, 1);
    total -= words.splice(victim, 1)[0] ?? 0;
  }
  return kept.map((part) => part.text).join(separator);
}

describe("fitToLimit equals the straightforward version (property)", () => {
  it("for any parts, separator and limit", () => {
    const part = fc.record(
      {
        text: fc.constantFrom("", " ", "one", "one two", "a b c d", "x\ny", "  lead trail  "),
        drop: fc.integer({ min: 0, max: 9 }),
      },
      { requiredKeys: ["text"] },
    );
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 12 }),
        fc.constantFrom("\n\n", "\n", " | "),
        fc.nat(25),
        (generated, separator, limit) => {
          expect(fitToLimit(generated, separator, limit)).toBe(
            fitToLimitReference(generated, separator, limit),
          );
        },
      ),
      { numRuns: 3000, seed: 20261130 },
    );
  });
});
