import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zoneOffsetMinutes, zoneTransitions } from "./zone-offset.js";

/** The offset straight from Intl, as a reference: "GMT+05:30" → 330. */
function intlOffset(zone: string, ms: number): number {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(ms)
      .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (match === null) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

const ZONES = [
  "Europe/Paris",
  "America/New_York",
  "America/St_Johns",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Europe/Dublin",
  "America/Sao_Paulo",
  "UTC",
];

describe("zoneOffsetMinutes", () => {
  it("equals Intl's own offset at any instant of 2024–2028 (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
        (zone, ms) => {
          expect(zoneOffsetMinutes(zone, ms)).toBe(intlOffset(zone, ms));
        },
      ),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  it("changes at the minute of a daylight-saving change", () => {
    // Europe: the last Sunday of March 2026 at 01:00 UTC.
    const change = Date.UTC(2026, 2, 29, 1, 0);
    expect(zoneOffsetMinutes("Europe/Paris", change - 60_000)).toBe(60);
    expect(zoneOffsetMinutes("Europe/Paris", change)).toBe(120);
    expect(zoneTransitions("Europe/Paris", Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31))).toEqual([
      { at: change, from: 60, to: 120 },
      { at: Date.UTC(2026, 9, 25, 1, 0), from: 120, to: 60 },
    ]);
    expect(zoneTransitions("Asia/Kolkata", Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([]);
  });
});
