import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoUtc } from "./iso-utc.js";
import { parseIso } from "./parse-iso.js";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

describe("parseIso equals Date.parse (property)", () => {
  it("on every instant core writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(parseIso(isoUtc(ms))).toBe(ms);
        expect(parseIso(isoUtc(ms))).toBe(Date.parse(isoUtc(ms)));
      }),
      { numRuns: 5000, seed: 20261130 },
    );
  });

  it("on date-time shaped text, valid or not, with any zone", () => {
    const field = (max: number, width: number) =>
      fc.integer({ min: 0, max }).map((value) => pad(value, width));
    const zone = fc.oneof(
      fc.constant("Z"),
      fc.constant("z"),
      fc.constant(""),
      fc
        .tuple(fc.constantFrom("+", "-"), field(25, 2), fc.constantFrom(":", ""), field(61, 2))
        .map((parts) => parts.join("")),
    );
    const dateTime = fc
      .tuple(
        field(9999, 4),
        field(13, 2),
        field(32, 2),
        fc.constantFrom("T", "t", " "),
        field(24, 2),
        field(60, 2),
        field(60, 2),
        fc.constantFrom("", ".000", ".5", ".123", ".9999", ".x12"),
        zone,
      )
      .map(([y, mo, d, t, h, mi, s, frac, z]) => `${y}-${mo}-${d}${t}${h}:${mi}:${s}${frac}${z}`);
    const mangled = fc
      .tuple(dateTime, fc.nat(30), fc.constantFrom("", "a", "-", "1", "+"))
      .map(([text, at, with_]) => text.slice(0, at) + with_ + text.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(dateTime, mangled), (text) => {
        expect(parseIso(text)).toBe(Date.parse(text));
      }),
      { numRuns: 20_000, seed: 20261130 },
    );
  });
});
