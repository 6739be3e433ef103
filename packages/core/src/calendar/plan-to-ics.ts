import type { Debrief } from "../debrief/debrief.js";
import type { Plan } from "../plan/plan.js";
import { toIcsUtc } from "./ics-date.js";
import { escapeIcsText, foldIcsLine } from "./ics-text.js";
import { reminderUidsWith } from "./ics-uid.js";
import { type CalendarReminder, remindersFor } from "./reminders.js";
import { parseIso } from "../time/parse-iso.js";

export const ICS_PRODUCT_ID = "-//Rebound//Recovery plan reminders//EN";

/** Each reminder is a short slot at the window's start; it is marked free so it never blocks the day. */
const EVENT_MS = 30 * 60_000;

export interface PlanToIcsOptions {
  /** Stamped on every event (DTSTAMP): when this file was made. */
  now: Date;
}

/**
 * The plan's dated steps as an RFC 5545 calendar (see `remindersFor` for which steps).
 * Pure and deterministic: the same plan, debrief and `now` give the same bytes. UIDs come
 * from the interview (end time, organisation) and the step, so a re-chosen plan re-imported
 * later updates its events rather than adding twins.
 */
export function planToIcs(plan: Plan, debrief: Debrief, { now }: PlanToIcsOptions): string {
  const stamp = toIcsUtc(now);
  const seen = new Map<string, number>();
  // Written straight into one stream, each line folded as it goes: no array of lines to join.
  let stream =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" +
    contentLine(`PRODID:${ICS_PRODUCT_ID}`) +
    "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n" +
    contentLine(
      `X-WR-CALNAME:${escapeIcsText(`Rebound: after the ${debrief.organisation.name} interview`)}`,
    );
  const uidFor = reminderUidsWith([debrief.interview.endedAt, debrief.organisation.name]);
  for (const reminder of remindersFor(plan, debrief)) {
    const occurrence = seen.get(reminder.key) ?? 0;
    seen.set(reminder.key, occurrence + 1);
    const uid = uidFor(reminder.key, [reminder.key, String(occurrence)]);
    stream += eventLines(reminder, uid, stamp);
  }
  return `${stream}END:VCALENDAR\r\n`;
}

/** One content line, folded and ended by CRLF. */
const contentLine = (line: string): string => `${foldIcsLine(line)}\r\n`;

/** One VEVENT; the fixed lines are written already ended, only the variable ones are folded. */
function eventLines(reminder: CalendarReminder, uid: string, stamp: string): string {
  const summary = escapeIcsText(reminder.summary);
  const startMs = parseIso(reminder.start);
  return (
    "BEGIN:VEVENT\r\n" +
    contentLine(`UID:${uid}`) +
    contentLine(`DTSTAMP:${stamp}`) +
    // An invalid start goes to toIcsUtc as written, for its error message.
    contentLine(`DTSTART:${toIcsUtc(Number.isNaN(startMs) ? reminder.start : startMs)}`) +
    contentLine(`DTEND:${toIcsUtc(startMs + EVENT_MS)}`) +
    contentLine(`SUMMARY:${summary}`) +
    contentLine(`DESCRIPTION:${escapeIcsText(reminder.description)}`) +
    "TRANSP:TRANSPARENT\r\n" +
    "BEGIN:VALARM\r\n" +
    "ACTION:DISPLAY\r\n" +
    // Fires when the window opens: the reminder is the point, the event is only its anchor.
    "TRIGGER:PT0S\r\n" +
    contentLine(`DESCRIPTION:${summary}`) +
    "END:VALARM\r\n" +
    "END:VEVENT\r\n"
  );
}
