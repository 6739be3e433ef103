import { icsUtcDigits } from "./iso-utc.js";
import type { LocalClock } from "./local-clock.js";

const MINUTE_MS = 60_000;

// One formatter for every clock: the instant is moved by the clock's offset and read as UTC.
const WORDS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "long",
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "Monday 23 November at 18:00", on the person's clock. */
export function localWords(ms: number, clock: LocalClock): string {
  const parts = WORDS.formatToParts(ms + clock.offsetAt(ms) * MINUTE_MS);
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? "";
  return `${value("weekday")} ${value("day")} ${value("month")} at ${value("hour")}:${value("minute")}`;
}

/** `YYYYMMDDTHHMMSS` for a wall-clock time held as milliseconds (an RFC 5545 local DATE-TIME). */
export function wallIcsDigits(wallMs: number): string {
  return (icsUtcDigits(wallMs) ?? "19700101T000000Z").slice(0, -1);
}

/** The local wall time of `ms` on the clock, as an RFC 5545 local DATE-TIME. */
export function localIcsDigits(ms: number, clock: LocalClock): string {
  return wallIcsDigits(ms + clock.offsetAt(ms) * MINUTE_MS);
}
