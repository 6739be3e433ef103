import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoUtc } from "./iso-utc.js";

const MAX_TIME = 8.64e15; // the ECMAScript time range

describe("isoUtc", () => {
  it("is Date#toISOString for every valid time", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -MAX_TIME, max: MAX_TIME }),
          // Plans live in these years: sample them densely too.
          fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
        ),
        (ms) => {
          expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("agrees at the edges: leap days, century years, the first and last 4-digit years", () => {
    for (const iso of [
      "2024-02-29T23:59:59.999Z",
      "2000-03-01T00:00:00.000Z",
      "1900-02-28T12:00:00.000Z",
      "1970-01-01T00:00:00.000Z",
      "1969-12-31T23:59:59.999Z",
      "0000-01-01T00:00:00.000Z",
      "9999-12-31T23:59:59.999Z",
    ])
      expect(isoUtc(Date.parse(iso))).toBe(iso);
    expect(isoUtc(Date.parse("+010000-01-01T00:00:00.000Z"))).toBe("+010000-01-01T00:00:00.000Z");
  });

  it("throws as toISOString does on an invalid time", () => {
    expect(() => isoUtc(Number.NaN)).toThrow(RangeError);
  });
});
