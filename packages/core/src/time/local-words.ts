import { icsUtcDigits, utcFields } from "./iso-utc.js";
import type { LocalClock } from "./local-clock.js";

const MINUTE_MS = 60_000;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAY_MS = 24 * 60 * MINUTE_MS;
const two = (value: number): string => String(value).padStart(2, "0");

/**
 * "Monday 23 November at 18:00", on the person's clock: English words, a 24-hour time. Read from
 * the wall-clock fields directly (a calendar writes several per kit; `Intl` costs microseconds each).
 */
export function localWords(ms: number, clock: LocalClock): string {
  const wall = ms + clock.offsetAt(ms) * MINUTE_MS;
  const fields = utcFields(Math.floor(wall / MINUTE_MS) * MINUTE_MS);
  if (fields === null) return new Date(ms).toISOString();
  const weekday = WEEKDAYS[(((Math.floor(wall / DAY_MS) + 4) % 7) + 7) % 7] ?? "";
  return `${weekday} ${fields.day} ${MONTHS[fields.month - 1] ?? ""} at ${two(fields.hours)}:${two(fields.minutes)}`;
}

/** `YYYYMMDDTHHMMSS` for a wall-clock time held as milliseconds (an RFC 5545 local DATE-TIME). */
export function wallIcsDigits(wallMs: number): string {
  return (icsUtcDigits(wallMs) ?? "19700101T000000Z").slice(0, -1);
}

/** The local wall time of `ms` on the clock, as an RFC 5545 local DATE-TIME. */
export function localIcsDigits(ms: number, clock: LocalClock): string {
  return wallIcsDigits(ms + clock.offsetAt(ms) * MINUTE_MS);
}
