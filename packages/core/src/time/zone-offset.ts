import { zoneFormatter } from "./time-zone.js";

/**
 * A zone's offset from UTC at any instant, read from `Intl` once per zone and year and kept as
 * that year's transitions: a plan asks for a dozen offsets, and one `Intl` reading costs several
 * microseconds while a kept year answers in a few nanoseconds.
 */

const MINUTE_MS = 60_000;
const WEEK_MS = 7 * 24 * 60 * MINUTE_MS;
const MAX_YEARS_PER_ZONE = 200;

/** One UTC year of a zone: `offsets[i]` (minutes east of UTC) holds from `starts[i]` on. */
interface ZoneYear {
  starts: number[];
  offsets: number[];
}

const years = new Map<string, Map<number, ZoneYear>>();

/** Minutes east of UTC in the zone of `formatter` at `ms`, as `Intl` reads it. */
function readOffset(formatter: Intl.DateTimeFormat, ms: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(ms)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return Math.round((wall - (ms - (((ms % 1000) + 1000) % 1000))) / MINUTE_MS);
}

/** The first minute in (`from`, `to`] whose offset is `after` (the offset at `from` differs). */
function transitionBetween(
  formatter: Intl.DateTimeFormat,
  from: number,
  to: number,
  after: number,
): number {
  let low = from;
  let high = to;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (readOffset(formatter, middle) === after) high = middle;
    else low = middle;
  }
  return high;
}

/** A year's transitions, found by reading the offset weekly and narrowing each change to the minute. */
function readYear(formatter: Intl.DateTimeFormat, year: number): ZoneYear {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const starts = [start];
  const offsets = [readOffset(formatter, start)];
  let previous = start;
  for (let at = start + WEEK_MS; previous < end; at += WEEK_MS) {
    const sample = Math.min(at, end);
    const offset = readOffset(formatter, sample);
    if (offset !== offsets[offsets.length - 1]) {
      const change = transitionBetween(formatter, previous, sample, offset);
      if (change < end) {
        starts.push(change);
        offsets.push(offset);
      }
    }
    previous = sample;
  }
  return { starts, offsets };
}

const utcYear = (ms: number): number => new Date(ms).getUTCFullYear();

function zoneYear(zone: string, year: number): ZoneYear | null {
  let byYear = years.get(zone);
  const known = byYear?.get(year);
  if (known !== undefined) return known;
  const formatter = zoneFormatter(zone);
  if (formatter === null) return null;
  if (byYear === undefined) years.set(zone, (byYear = new Map<number, ZoneYear>()));
  if (byYear.size >= MAX_YEARS_PER_ZONE) byYear.clear();
  const read = readYear(formatter, year);
  byYear.set(year, read);
  return read;
}

/** Minutes east of UTC in the IANA `zone` at the instant `ms` (0 for a name `Intl` does not know). */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const rules = zoneYear(zone, utcYear(ms));
  if (rules === null) return 0;
  let index = rules.starts.length - 1;
  while (index > 0 && (rules.starts[index] ?? 0) > ms) index -= 1;
  return rules.offsets[index] ?? 0;
}

/** A change of offset: from `at` on, the zone is `to` minutes east of UTC instead of `from`. */
export interface OffsetTransition {
  at: number;
  from: number;
  to: number;
}

/** Every change of offset in `zone` between two instants, in order. */
export function zoneTransitions(zone: string, from: number, to: number): OffsetTransition[] {
  const transitions: OffsetTransition[] = [];
  let before = zoneOffsetMinutes(zone, from);
  for (let year = utcYear(from); year <= utcYear(to); year += 1) {
    const rules = zoneYear(zone, year);
    if (rules === null) return [];
    rules.starts.forEach((at, index) => {
      const offset = rules.offsets[index] ?? 0;
      if (at > from && at <= to && offset !== before)
        transitions.push({ at, from: before, to: offset });
      if (at <= to) before = offset;
    });
  }
  return transitions;
}
