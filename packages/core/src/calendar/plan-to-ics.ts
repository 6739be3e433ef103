import type { Debrief } from "../debrief/debrief.js";
import type { Plan } from "../plan/plan.js";
import { toIcsUtc } from "./ics-date.js";
import { escapeIcsText, joinIcsLines } from "./ics-text.js";
import { reminderUid } from "./ics-uid.js";
import { type CalendarReminder, remindersFor } from "./reminders.js";

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
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${ICS_PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(`Rebound: after the ${debrief.organisation.name} interview`)}`,
  ];
  for (const reminder of remindersFor(plan, debrief)) {
    const occurrence = seen.get(reminder.key) ?? 0;
    seen.set(reminder.key, occurrence + 1);
    const uid = reminderUid(reminder.key, [
      debrief.interview.endedAt,
      debrief.organisation.name,
      reminder.key,
      String(occurrence),
    ]);
    pushEventLines(lines, reminder, uid, stamp);
  }
  lines.push("END:VCALENDAR");
  return joinIcsLines(lines);
}

/** Appends one VEVENT to `lines` (pushed, not returned: no array per event to spread again). */
function pushEventLines(
  lines: string[],
  reminder: CalendarReminder,
  uid: string,
  stamp: string,
): void {
  const summary = escapeIcsText(reminder.summary);
  lines.push(
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${toIcsUtc(reminder.start)}`,
    `DTEND:${toIcsUtc(Date.parse(reminder.start) + EVENT_MS)}`,
    `SUMMARY:${summary}`,
    `DESCRIPTION:${escapeIcsText(reminder.description)}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    // Fires when the window opens: the reminder is the point, the event is only its anchor.
    "TRIGGER:PT0S",
    `DESCRIPTION:${summary}`,
    "END:VALARM",
    "END:VEVENT",
  );
}
