import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixedOffsetClock, zoneClock } from "../time/local-clock.js";
import {
  firstWorkingMoment,
  isWorkingMoment,
  workingDeadline,
  workingWindow,
} from "./working-hours.js";

/** Weekday and hour where `zone` is, read straight from Intl. */
function wallClock(ms: number, zone: string): { weekday: string; hour: number } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    weekday: "short",
    hour: "numeric",
    hourCycle: "h23",
  }).formatToParts(ms);
  return {
    weekday: parts.find((part) => part.type === "weekday")?.value ?? "",
    hour: Number(parts.find((part) => part.type === "hour")?.value),
  };
}

const ZONES = [
  "Europe/London",
  "America/Los_Angeles",
  "Asia/Kolkata",
  "Australia/Sydney",
  "Pacific/Auckland",
];

describe("working hours (ADVICE.md: send in working hours)", () => {
  it("a debrief at 02:27 on a Thursday sends at 08:00 that morning", () => {
    const clock = zoneClock("Europe/Paris");
    const twoAm = Date.parse("2026-11-19T01:27:00Z"); // Thursday 02:27 in Paris
    expect(new Date(firstWorkingMoment(twoAm, clock)).toISOString()).toBe(
      "2026-11-19T07:00:00.000Z",
    );
  });

  it("Friday evening and the weekend wait for Monday 08:00", () => {
    const clock = fixedOffsetClock(0);
    for (const at of ["2026-11-20T18:00:00Z", "2026-11-21T12:00:00Z", "2026-11-22T23:59:00Z"]) {
      expect(new Date(firstWorkingMoment(Date.parse(at), clock)).toISOString()).toBe(
        "2026-11-23T08:00:00.000Z",
      );
    }
  });

  it("leaves a moment already in working hours alone", () => {
    const clock = zoneClock("America/New_York");
    const tuesdayNoon = Date.parse("2026-11-24T17:00:00Z");
    expect(isWorkingMoment(tuesdayNoon, clock)).toBe(true);
    expect(firstWorkingMoment(tuesdayNoon, clock)).toBe(tuesdayNoon);
  });

  it("a moved window stays open to the end of that working day", () => {
    const clock = fixedOffsetClock(0);
    expect(
      workingWindow(
        { earliest: "2026-11-19T02:27:00.000Z", latest: "2026-11-19T06:27:00.000Z" },
        clock,
      ),
    ).toEqual({ earliest: "2026-11-19T08:00:00.000Z", latest: "2026-11-19T18:00:00.000Z" });
  });

  it("closes at a deadline a person can meet: never in the night, at least four hours after opening", () => {
    const clock = fixedOffsetClock(0);
    const thursdayEight = Date.parse("2026-11-19T08:00:00Z");
    // "By Friday 01:30" becomes "by Thursday 18:00".
    expect(
      new Date(
        workingDeadline(thursdayEight, Date.parse("2026-11-20T01:30:00Z"), clock),
      ).toISOString(),
    ).toBe("2026-11-19T18:00:00.000Z");
    // Opening Friday 17:00 with a deadline on Saturday: the end of Monday.
    expect(
      new Date(
        workingDeadline(
          Date.parse("2026-11-20T17:00:00Z"),
          Date.parse("2026-11-21T15:00:00Z"),
          clock,
        ),
      ).toISOString(),
    ).toBe("2026-11-23T18:00:00.000Z");
    // A deadline within a working day becomes the end of that day.
    const tuesdayNoon = Date.parse("2026-11-24T12:00:00Z");
    expect(new Date(workingDeadline(thursdayEight, tuesdayNoon, clock)).toISOString()).toBe(
      "2026-11-24T18:00:00.000Z",
    );
  });

  it("always lands on a weekday between 08:00 and 18:00 where the person lives (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        (zone, ms) => {
          const moment = firstWorkingMoment(ms, zoneClock(zone));
          const { weekday, hour } = wallClock(moment, zone);
          expect(["Mon", "Tue", "Wed", "Thu", "Fri"]).toContain(weekday);
          expect(hour).toBeGreaterThanOrEqual(8);
          expect(hour).toBeLessThan(18);
          expect(moment).toBeGreaterThanOrEqual(ms);
          // The first such moment: nothing in working hours is skipped (checked hour by hour).
          for (let at = ms; at < moment - 3_600_000; at += 3_600_000)
            expect(isWorkingMoment(at, zoneClock(zone))).toBe(false);
        },
      ),
      { numRuns: 500, seed: 20261202 },
    );
  });
});
