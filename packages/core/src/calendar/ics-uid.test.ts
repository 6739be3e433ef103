import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hex8, reminderUid, reminderUidsWith, stableDigest } from "./ics-uid.js";

describe("hex8", () => {
  it("is toString(16) padded to eight digits for every unsigned 32-bit value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (value) => {
        expect(hex8(value)).toBe(value.toString(16).padStart(8, "0"));
      }),
      { numRuns: 5000 },
    );
    expect(hex8(0)).toBe("00000000");
    expect(hex8(0xffff_ffff)).toBe("ffffffff");
  });
});

describe("reminderUid", () => {
  it("is stable and keeps the parts apart", () => {
    expect(reminderUid("k", ["a", "b"])).toBe(reminderUid("k", ["a", "b"]));
    expect(reminderUid("k", ["a,b", "c"])).not.toBe(reminderUid("k", ["a", "b,c"]));
    expect(reminderUid("thank-you-email", ["x"])).toMatch(
      /^rebound-thank-you-email-[0-9a-f]{16}@rebound$/,
    );
  });
});

/** The two-pass FNV-1a the one-loop digest replaced. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

describe("stableDigest", () => {
  it("is two FNV-1a passes with different bases, for any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expect(stableDigest(text)).toBe(
          hex8(fnv1a(text, 0x811c9dc5)) + hex8(fnv1a(text, 0x050c5d1f)),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe("reminderUidsWith", () => {
  it("is reminderUid over the leading and trailing parts together (property)", () => {
    const parts = fc.array(fc.string({ unit: "binary", maxLength: 20 }), { maxLength: 3 });
    fc.assert(
      fc.property(parts, fc.string({ maxLength: 20 }), parts, (leading, key, trailing) => {
        expect(reminderUidsWith(leading)(key, trailing)).toBe(
          reminderUid(key, [...leading, ...trailing]),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
