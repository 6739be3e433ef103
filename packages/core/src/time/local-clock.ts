import { canonicalTimeZone } from "./time-zone.js";
import { zoneOffsetMinutes } from "./zone-offset.js";

/**
 * Wall-clock time where the person lives: an IANA zone, or a fixed offset when none is known.
 * Everything core dates for the outside world (send times, calendar events) is read through it.
 */
export interface LocalClock {
  /** The IANA name ("Europe/Paris"), or null for a fixed offset. */
  zone: string | null;
  /** "Europe/Paris", or "UTC+05:30" for a fixed offset ("UTC" for none). */
  label: string;
  /** Minutes east of UTC at the instant `ms`. */
  offsetAt: (ms: number) => number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const twoDigits = (value: number): string => String(value).padStart(2, "0");

/** "+05:30", "-03:00", "+00:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const size = Math.abs(minutes);
  return `${sign}${twoDigits(Math.floor(size / 60))}:${twoDigits(size % 60)}`;
}

export function zoneClock(zone: string): LocalClock {
  const name = canonicalTimeZone(zone) ?? zone;
  return { zone: name, label: name, offsetAt: (ms) => zoneOffsetMinutes(name, ms) };
}

export function fixedOffsetClock(minutes: number): LocalClock {
  return {
    zone: null,
    label: minutes === 0 ? "UTC" : `UTC${formatOffset(minutes)}`,
    offsetAt: () => minutes,
  };
}

const OFFSET_AT_END = /(?:([+-])(\d{2}):(\d{2})|[Zz])$/;

/** The offset an ISO date-time is written in ("…+05:30" → 330, "…Z" → 0). */
export function writtenOffsetMinutes(iso: string): number {
  const match = OFFSET_AT_END.exec(iso);
  if (match?.[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** The wall-clock reading of an instant: its local date, weekday and minute of the day. */
export interface LocalMoment {
  /** Days since 1970-01-01 in local time. */
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

/** The local date and time of `ms` on `clock`. */
export function localMoment(ms: number, clock: LocalClock): LocalMoment {
  const local = ms + clock.offsetAt(ms) * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  return {
    day,
    // 1970-01-01 was a Thursday.
    weekday: (((day + 4) % 7) + 7) % 7,
    minuteOfDay: Math.floor((local - day * DAY_MS) / MINUTE_MS),
  };
}

/**
 * The instant whose local reading is `minuteOfDay` on local `day`. Read with the offset found
 * there; where a change of offset skips that wall time, the instant just after the change.
 */
export function instantAt(day: number, minuteOfDay: number, clock: LocalClock): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS;
  let guess = wall - clock.offsetAt(wall) * MINUTE_MS;
  guess = wall - clock.offsetAt(guess) * MINUTE_MS;
  return guess;
}
