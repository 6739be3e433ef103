import { describe, expect, it } from "vitest";
import { localWords } from "./local-words.js";
import {
  fixedOffsetClock,
  instantAt,
  localMoment,
  writtenOffsetMinutes,
  zoneClock,
} from "./local-clock.js";

describe("local clocks", () => {
  it("reads the weekday and minute of the day where the person lives", () => {
    // Thursday 2026-11-19 02:27 in Paris is 01:27 UTC.
    const ms = Date.UTC(2026, 10, 19, 1, 27);
    expect(localMoment(ms, zoneClock("Europe/Paris"))).toMatchObject({
      weekday: 4,
      minuteOfDay: 2 * 60 + 27,
    });
    expect(localMoment(ms, zoneClock("America/Los_Angeles"))).toMatchObject({
      weekday: 3,
      minuteOfDay: 17 * 60 + 27,
    });
  });

  it("finds the instant of a local wall time, across a daylight-saving change", () => {
    const paris = zoneClock("europe/paris");
    expect(paris.label).toBe("Europe/Paris");
    const day = localMoment(Date.UTC(2026, 2, 30, 12), paris).day; // Monday after the change
    expect(new Date(instantAt(day, 8 * 60, paris)).toISOString()).toBe("2026-03-30T06:00:00.000Z");
    expect(new Date(instantAt(day - 2, 8 * 60, paris)).toISOString()).toBe(
      "2026-03-28T07:00:00.000Z",
    );
  });

  it("falls back to the offset a date-time is written in", () => {
    expect(writtenOffsetMinutes("2026-11-21T10:30:00+05:30")).toBe(330);
    expect(writtenOffsetMinutes("2026-11-21T10:30:00-03:00")).toBe(-180);
    expect(writtenOffsetMinutes("2026-11-21T10:30:00Z")).toBe(0);
    expect(fixedOffsetClock(330).label).toBe("UTC+05:30");
    expect(fixedOffsetClock(0).label).toBe("UTC");
  });
});

describe("localWords", () => {
  it("says a moment as Intl's en-GB long form does, on the person's clock", () => {
    const clock = zoneClock("America/St_Johns");
    for (
      let ms = Date.UTC(2026, 0, 1, 3, 7);
      ms < Date.UTC(2027, 0, 1);
      ms += 97 * 3_600_000 + 13 * 60_000
    ) {
      const parts = new Intl.DateTimeFormat("en-GB", {
        timeZone: "America/St_Johns",
        weekday: "long",
        day: "numeric",
        month: "long",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).formatToParts(ms);
      const value = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
      expect(localWords(ms, clock)).toBe(
        `${value("weekday")} ${value("day")} ${value("month")} at ${value("hour")}:${value("minute")}`,
      );
    }
  });
});
