/** RFC 5545 DATE-TIME values in UTC ("form #2", §3.3.5), e.g. 20261121T103000Z. */

import { icsUtcDigits } from "../time/iso-utc.js";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * Format an instant as `YYYYMMDDTHHMMSSZ`. Accepts a Date or an ISO 8601 string with an
 * offset (as every core schema stores them); any offset is converted to UTC and
 * fractions of a second are dropped.
 */
export function toIcsUtc(instant: Date | string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid date-time: ${String(instant)}`);
  // Four-digit years, the only ones a plan has, without six Date getters.
  const digits = icsUtcDigits(ms);
  if (digits !== null) return digits;
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
