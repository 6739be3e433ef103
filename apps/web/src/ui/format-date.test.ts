import { describe, expect, it } from "vitest";
import { formatDate, formatWindow } from "./format-date";

// Expectations are built with Intl itself, so the test holds in any locale the machine has.
const intl = (options: Intl.DateTimeFormatOptions, iso: string) =>
  new Intl.DateTimeFormat(undefined, options).format(new Date(iso));
const MOMENT = {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
} as const;

describe("formatDate", () => {
  it("formats a moment in the person's locale, from a string or a Date alike", () => {
    const iso = "2026-11-21T14:30:00Z";
    expect(formatDate(iso)).toBe(intl(MOMENT, iso));
    expect(formatDate(new Date(iso))).toBe(formatDate(iso));
  });

  it("has a style per purpose, and names a UTC day when asked", () => {
    const iso = "2026-11-21T23:30:00Z";
    expect(formatDate(iso, "date")).toBe(
      intl({ day: "numeric", month: "long", year: "numeric" }, iso),
    );
    expect(formatDate(iso, "day", { timeZone: "UTC" })).toBe(
      intl({ weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }, iso),
    );
  });
});

describe("formatWindow", () => {
  it("says an open window from its start", () => {
    const earliest = "2026-11-21T14:30:00Z";
    expect(formatWindow({ earliest, latest: null })).toBe(`From ${formatDate(earliest)}`);
  });

  it("gives only the end time when the window closes the same day", () => {
    const earliest = "2026-11-21T09:00:00";
    const latest = "2026-11-21T17:00:00";
    expect(formatWindow({ earliest, latest })).toBe(
      `${formatDate(earliest)} to ${formatDate(latest, "time")}`,
    );
    const nextWeek = "2026-11-28T17:00:00";
    expect(formatWindow({ earliest, latest: nextWeek })).toBe(
      `${formatDate(earliest)} to ${formatDate(nextWeek)}`,
    );
  });
});
