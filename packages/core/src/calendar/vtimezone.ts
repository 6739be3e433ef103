import { formatOffset, type LocalClock } from "../time/local-clock.js";
import { wallIcsDigits } from "../time/local-words.js";
import { zoneTransitions } from "../time/zone-offset.js";

const MINUTE_MS = 60_000;

const icsOffset = (minutes: number): string => formatOffset(minutes).replace(":", "");

/**
 * The VTIMEZONE component (RFC 5545 §3.6.5) for an IANA clock, covering `from` to `to`: the offset
 * in force at `from`, then each change in between, read from the runtime's own zone data. Events
 * written with `TZID` on this zone then read the same in every calendar app.
 */
export function vtimezoneLines(clock: LocalClock, from: number, to: number): string[] {
  const zone = clock.zone;
  if (zone === null) return [];
  const initial = clock.offsetAt(from);
  const lines = [
    "BEGIN:VTIMEZONE",
    `TZID:${zone}`,
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    `TZOFFSETFROM:${icsOffset(initial)}`,
    `TZOFFSETTO:${icsOffset(initial)}`,
    "END:STANDARD",
  ];
  for (const change of zoneTransitions(zone, from, to)) {
    const kind = change.to > change.from ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      // An observance starts at the wall time, read in the offset before the change.
      `DTSTART:${wallIcsDigits(change.at + change.from * MINUTE_MS)}`,
      `TZOFFSETFROM:${icsOffset(change.from)}`,
      `TZOFFSETTO:${icsOffset(change.to)}`,
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
