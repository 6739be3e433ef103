import { instantAt, type LocalClock, localMoment } from "../time/local-clock.js";
import { isoUtc } from "../time/iso-utc.js";
import { parseIso } from "../time/parse-iso.js";
import type { Step, Window } from "./plan.js";

/**
 * The recipient's working day (ADVICE.md "Send in working hours"): outreach is dated within
 * about 08:00–18:00, Monday to Friday, in the person's time zone, so a debrief finished at 2 a.m.
 * never schedules a 2 a.m. email.
 */
export const WORKDAY_START_MINUTE = 8 * 60;
export const WORKDAY_END_MINUTE = 18 * 60;

const isWeekday = (weekday: number): boolean => weekday >= 1 && weekday <= 5;

/** Whether `ms` falls inside working hours on `clock`. */
export function isWorkingMoment(ms: number, clock: LocalClock): boolean {
  const { weekday, minuteOfDay } = localMoment(ms, clock);
  return (
    isWeekday(weekday) && minuteOfDay >= WORKDAY_START_MINUTE && minuteOfDay < WORKDAY_END_MINUTE
  );
}

/** `ms` itself when it is in working hours, else the next 08:00 on a weekday. */
export function firstWorkingMoment(ms: number, clock: LocalClock): number {
  const { day, weekday, minuteOfDay } = localMoment(ms, clock);
  if (isWeekday(weekday) && minuteOfDay < WORKDAY_END_MINUTE) {
    return minuteOfDay >= WORKDAY_START_MINUTE ? ms : instantAt(day, WORKDAY_START_MINUTE, clock);
  }
  let next = day + 1;
  let nextWeekday = (weekday + 1) % 7;
  while (!isWeekday(nextWeekday)) {
    next += 1;
    nextWeekday = (nextWeekday + 1) % 7;
  }
  return instantAt(next, WORKDAY_START_MINUTE, clock);
}

/** 18:00 on the local day of `ms`. */
export function endOfWorkingDay(ms: number, clock: LocalClock): number {
  return instantAt(localMoment(ms, clock).day, WORKDAY_END_MINUTE, clock);
}

/** A window that had to move leaves at least this long to act in. */
export const MIN_WORKING_WINDOW_MS = 4 * 3_600_000;

/** 18:00 on the last weekday whose working day has ended by `ms`. */
function lastWorkingDayEnd(ms: number, clock: LocalClock): number {
  const { day, weekday, minuteOfDay } = localMoment(ms, clock);
  let back = isWeekday(weekday) && minuteOfDay >= WORKDAY_END_MINUTE ? 0 : 1;
  while (!isWeekday((((weekday - back) % 7) + 7) % 7)) back += 1;
  return instantAt(day - back, WORKDAY_END_MINUTE, clock);
}

/**
 * When a window opening at `opens` (a working moment) should close, given the `latest` the plan
 * wants: the end of that working day when it falls within one, else the end of the last working day
 * before it; always at least four hours after opening (else the end of that working day, or of the
 * next). A deadline is something a person can meet: "by Thursday at 18:00", never "by Friday at
 * 01:30" or "by Monday at 08:05".
 */
export function workingDeadline(opens: number, latest: number, clock: LocalClock): number {
  const minimum = opens + MIN_WORKING_WINDOW_MS;
  const end = isWorkingMoment(latest, clock)
    ? endOfWorkingDay(latest, clock)
    : lastWorkingDayEnd(latest, clock);
  if (end >= minimum) return end;
  const sameDay = endOfWorkingDay(opens, clock);
  return sameDay >= minimum ? sameDay : endOfWorkingDay(firstWorkingMoment(sameDay, clock), clock);
}

/**
 * A window moved to open at the first working moment and to close at a working-day deadline
 * ("Thu 08:00 to 18:00" rather than a window that opens or closes overnight).
 */
export function workingWindow(window: Window, clock: LocalClock): Window {
  const earliest = parseIso(window.earliest);
  const opens = firstWorkingMoment(earliest, clock);
  const latest = window.latest === null ? null : parseIso(window.latest);
  const closes = latest === null ? null : workingDeadline(opens, Math.max(latest, opens), clock);
  if (opens === earliest && closes === latest) return window;
  return { earliest: isoUtc(opens), latest: closes === null ? null : isoUtc(closes) };
}

/** Every outreach step dated within working hours; work the person does alone keeps its window. */
export function inWorkingHours(steps: readonly Step[], clock: LocalClock): Step[] {
  // A message's sections share its window object: each window is worked out once.
  const moved = new Map<Window, Window>();
  return steps.map((step) => {
    if (!step.outreach) return step;
    let window = moved.get(step.window);
    if (window === undefined) moved.set(step.window, (window = workingWindow(step.window, clock)));
    return window === step.window ? step : { ...step, window };
  });
}
