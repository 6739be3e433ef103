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

/**
 * A window moved to open at the first working moment; when it moves, it stays open at least to
 * the end of that working day ("Thu 08:00 to 18:00" rather than a window that closed overnight).
 */
export function workingWindow(window: Window, clock: LocalClock): Window {
  const earliest = parseIso(window.earliest);
  const opens = firstWorkingMoment(earliest, clock);
  if (opens === earliest) return window;
  const closes = Math.max(
    window.latest === null ? Number.NEGATIVE_INFINITY : parseIso(window.latest),
    endOfWorkingDay(opens, clock),
  );
  return { earliest: isoUtc(opens), latest: window.latest === null ? null : isoUtc(closes) };
}

/** Every outreach step dated within working hours; work the person does alone keeps its window. */
export function inWorkingHours(steps: readonly Step[], clock: LocalClock): Step[] {
  return steps.map((step) => {
    if (!step.outreach) return step;
    const window = workingWindow(step.window, clock);
    return window === step.window ? step : { ...step, window };
  });
}
