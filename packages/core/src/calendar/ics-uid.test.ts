import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hex8, reminderUid } from "./ics-uid.js";

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
