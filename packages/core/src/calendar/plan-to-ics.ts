import type { Debrief } from "../debrief/debrief.js";
import type { Plan } from "../plan/plan.js";
import { debriefClock } from "../time/debrief-clock.js";
import type { LocalClock } from "../time/local-clock.js";
import { localIcsDigits } from "../time/local-words.js";
import { toIcsUtc } from "./ics-date.js";
import { escapeIcsText, foldIcsLine } from "./ics-text.js";
import { reminderUidsWith } from "./ics-uid.js";
import { type CalendarReminder, remindersFor } from "./reminders.js";
import { vtimezoneLines } from "./vtimezone.js";

export const ICS_PRODUCT_ID = "-//Rebound//Recovery plan reminders//EN";

/** Each reminder is a short slot at the window's start; it is marked free so it never blocks the day. */
const EVENT_MS = 30 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export interface PlanToIcsOptions {
  /** Stamped on every event (DTSTAMP): when this file was made. */
  now: Date;
}

/**
 * The plan's reminders as an RFC 5545 calendar (see `remindersFor`): one event per message, in
 * the person's time zone (`TZID` with its VTIMEZONE; UTC times when only an offset is known).
 * Pure and deterministic: the same plan, debrief and `now` give the same bytes. UIDs come from the
 * interview (end time, organisation) and the reminder, so a re-chosen plan re-imported later
 * updates its events rather than adding twins.
 */
export function planToIcs(plan: Plan, debrief: Debrief, { now }: PlanToIcsOptions): string {
  const stamp = toIcsUtc(now);
  const clock = debriefClock(debrief);
  const reminders = remindersFor(plan, debrief);
  const seen = new Map<string, number>();
  // Written straight into one stream, each line folded as it goes: no array of lines to join.
  let stream =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" +
    contentLine(`PRODID:${ICS_PRODUCT_ID}`) +
    "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n" +
    contentLine(
      `X-WR-CALNAME:${escapeIcsText(`Rebound: after the ${debrief.organisation.name} interview`)}`,
    );
  if (clock.zone !== null && reminders.length > 0) {
    stream += contentLine(`X-WR-TIMEZONE:${clock.zone}`);
    const first = Math.min(...reminders.map((reminder) => reminder.start));
    const last = Math.max(...reminders.map((reminder) => reminder.start + EVENT_MS));
    for (const line of vtimezoneLines(clock, first - DAY_MS, last + DAY_MS))
      stream += contentLine(line);
  }
  const uidFor = reminderUidsWith([debrief.interview.endedAt, debrief.organisation.name]);
  for (const reminder of reminders) {
    const occurrence = seen.get(reminder.key) ?? 0;
    seen.set(reminder.key, occurrence + 1);
    const uid = uidFor(reminder.key, [reminder.key, String(occurrence)]);
    stream += eventLines(reminder, uid, stamp, clock);
  }
  return `${stream}END:VCALENDAR\r\n`;
}

/** One content line, folded and ended by CRLF. */
const contentLine = (line: string): string => `${foldIcsLine(line)}\r\n`;

/** `DTSTART;TZID=Europe/Paris:20261123T080000`, or `DTSTART:20261123T070000Z` without a zone. */
function dateLine(name: string, ms: number, clock: LocalClock): string {
  return clock.zone === null
    ? contentLine(`${name}:${toIcsUtc(ms)}`)
    : contentLine(`${name};TZID=${clock.zone}:${localIcsDigits(ms, clock)}`);
}

/** One VEVENT; the fixed lines are written already ended, only the variable ones are folded. */
function eventLines(
  reminder: CalendarReminder,
  uid: string,
  stamp: string,
  clock: LocalClock,
): string {
  const summary = escapeIcsText(reminder.summary);
  return (
    "BEGIN:VEVENT\r\n" +
    contentLine(`UID:${uid}`) +
    contentLine(`DTSTAMP:${stamp}`) +
    dateLine("DTSTART", reminder.start, clock) +
    dateLine("DTEND", reminder.start + EVENT_MS, clock) +
    contentLine(`SUMMARY:${summary}`) +
    contentLine(`DESCRIPTION:${escapeIcsText(reminder.description)}`) +
    "TRANSP:TRANSPARENT\r\n" +
    "BEGIN:VALARM\r\n" +
    "ACTION:DISPLAY\r\n" +
    // Fires when the window opens, a working (or waking) hour: the reminder is the point.
    "TRIGGER:PT0S\r\n" +
    contentLine(`DESCRIPTION:${summary}`) +
    "END:VALARM\r\n" +
    "END:VEVENT\r\n"
  );
}
