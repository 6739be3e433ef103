import { describe, expect, it } from "vitest";
import { addMinutes, toIcsUtc } from "./ics-date.js";

describe("toIcsUtc", () => {
  it("formats a Date in UTC form", () => {
    expect(toIcsUtc(new Date(Date.UTC(2026, 10, 21, 9, 5, 7)))).toBe("20261121T090507Z");
  });

  it("converts an ISO string with an offset to UTC, across a day boundary", () => {
    expect(toIcsUtc("2026-11-21T01:30:00+02:00")).toBe("20261120T233000Z");
    expect(toIcsUtc("2026-12-31T23:59:59-01:00")).toBe("20270101T005959Z");
  });

  it("drops fractions of a second and pads small years", () => {
    expect(toIcsUtc("2026-01-02T03:04:05.999Z")).toBe("20260102T030405Z");
    expect(toIcsUtc(new Date(Date.UTC(999, 0, 1)))).toBe("09990101T000000Z");
  });

  it("refuses an invalid date instead of writing NaN into a calendar", () => {
    expect(() => toIcsUtc("not a date")).toThrow(RangeError);
  });
});

describe("addMinutes", () => {
  it("adds minutes to a string or a Date", () => {
    expect(addMinutes("2026-11-21T23:45:00Z", 30).toISOString()).toBe("2026-11-22T00:15:00.000Z");
    expect(addMinutes(new Date(0), 1).getTime()).toBe(60_000);
  });
});
