/**
 * `new Date(ms).toISOString()` without the Date: a plan and its calendar format a few dozen
 * instants, and the built-in costs about half a microsecond each. Civil date from a day count
 * after Howard Hinnant's `civil_from_days`; years outside 0000–9999 (which ISO writes with a
 * sign) and invalid times go to the built-in, so the output and the errors are the same.
 */

const DAY_MS = 86_400_000;
const FIRST_MS = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const LAST_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

const two = (value: number): string => (value < 10 ? `0${value}` : `${value}`);
const three = (value: number): string =>
  value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`;
const four = (value: number): string => (value < 1000 ? `0${three(value)}` : `${value}`);

/** The UTC calendar fields of an instant within years 0000–9999. */
export interface UtcFields {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
}

/** The fields of `ms`, or null outside years 0000–9999 (or for an invalid time). */
export function utcFields(ms: number): UtcFields | null {
  if (!(ms >= FIRST_MS && ms <= LAST_MS) || !Number.isInteger(ms)) return null;
  const days = Math.floor(ms / DAY_MS);
  const inDay = ms - days * DAY_MS;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
    hours: Math.floor(inDay / 3_600_000),
    minutes: Math.floor(inDay / 60_000) % 60,
    seconds: Math.floor(inDay / 1000) % 60,
    milliseconds: inDay % 1000,
  };
}

/** Exactly `new Date(ms).toISOString()`, e.g. "2026-11-21T10:30:00.000Z". */
export function isoUtc(ms: number): string {
  const f = utcFields(ms);
  if (f === null) return new Date(ms).toISOString();
  return `${four(f.year)}-${two(f.month)}-${two(f.day)}T${two(f.hours)}:${two(f.minutes)}:${two(f.seconds)}.${three(f.milliseconds)}Z`;
}

/** RFC 5545 UTC DATE-TIME digits, `YYYYMMDDTHHMMSSZ`, or null outside years 0000–9999. */
export function icsUtcDigits(ms: number): string | null {
  const f = utcFields(ms);
  if (f === null) return null;
  return `${four(f.year)}${two(f.month)}${two(f.day)}T${two(f.hours)}${two(f.minutes)}${two(f.seconds)}Z`;
}
