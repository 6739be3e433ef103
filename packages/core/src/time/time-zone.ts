/**
 * IANA time zone names, checked and read through `Intl` (part of the language, in every runtime
 * core supports). Making an `Intl.DateTimeFormat` costs about 70 µs, so one is made per zone and
 * kept: a process sees a few dozen zones at most, and there are about 600 names in all.
 */

const MAX_ZONE_NAME = 64;
// Letters, digits and "/_+-", starting with a letter: every IANA name ("Etc/GMT+5" included), and
// never a bare offset such as "+05:30" (newer runtimes accept those, the IANA database has none).
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const canonicalNames = new Map<string, string>();
const MAX_CACHED_NAMES = 2000;

/** The formatter that reads wall-clock fields in `zone`, or null when it is not a zone. */
export function zoneFormatter(zone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(zone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat | null = null;
  if (zone.length <= MAX_ZONE_NAME && ZONE_NAME.test(zone)) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      formatter = null;
    }
  }
  // Made-up names are not kept (a caller could send endless ones); real zones are few.
  if (formatter !== null && formatters.size < MAX_CACHED_NAMES) formatters.set(zone, formatter);
  return formatter;
}

/** Whether `zone` is an IANA time zone name this runtime knows ("Europe/Paris", "UTC"). */
export function isTimeZoneName(zone: string): boolean {
  return zoneFormatter(zone) !== null;
}

/** The runtime's spelling of a zone name ("europe/paris" → "Europe/Paris"), or null when unknown. */
export function canonicalTimeZone(zone: string): string | null {
  const known = canonicalNames.get(zone);
  if (known !== undefined) return known;
  const formatter = zoneFormatter(zone);
  if (formatter === null) return null;
  const name = formatter.resolvedOptions().timeZone;
  // Kept only for names the formatter cache kept, so it stays as small.
  if (formatters.has(zone)) canonicalNames.set(zone, name);
  return name;
}
