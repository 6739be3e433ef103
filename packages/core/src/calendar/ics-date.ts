/** RFC 5545 DATE-TIME values in UTC ("form #2", §3.3.5), e.g. 20261121T103000Z. */

import { icsUtcDigits } from "../time/iso-utc.js";
import { parseIso } from "../time/parse-iso.js";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Milliseconds since the epoch of a Date, an ISO 8601 string or a millisecond count. */
function epochMs(instant: Date | string | number): number {
  if (typeof instant === "number") return instant;
  // Date.parse is what `new Date(string)` does, without making the Date (`parseIso` equals it).
  return typeof instant === "string" ? parseIso(instant) : instant.getTime();
}

/**
 * Format an instant as `YYYYMMDDTHHMMSSZ`. Accepts a Date, an ISO 8601 string with an
 * offset (as every core schema stores them) or milliseconds since the epoch; any offset is
 * converted to UTC and fractions of a second are dropped.
 */
export function toIcsUtc(instant: Date | string | number): string {
  const ms = epochMs(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid date-time: ${String(instant)}`);
  // Four-digit years, the only ones a plan has, without six Date getters.
  const digits = icsUtcDigits(ms);
  if (digits !== null) return digits;
  const date = new Date(ms);
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** The instant `minutes` after `instant`. */
export function addMinutes(instant: Date | string, minutes: number): Date {
  const start = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  return new Date(start + minutes * 60_000);
}
