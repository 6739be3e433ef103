import { isoWithOffset } from "../ui/datetime";

/**
 * The host's calendar date (`YYYY-MM-DD`) as the ISO date-time core's InterviewSchema wants,
 * or null when it is not a real date or lies in the future (ignored: a host's slip is not the person's error).
 */
export function interviewEndFromDate(date: string, now: Date = new Date()): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  // Noon local time: a date carries no hour, and midday stays on that day in the person's own zone.
  const instant = new Date(year, month - 1, day, 12);
  // The Date constructor rolls 2026-02-30 over into March; a rolled date was never a real one.
  if (
    instant.getFullYear() !== year ||
    instant.getMonth() !== month - 1 ||
    instant.getDate() !== day
  )
    return null;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (instant.getTime() >= today.getTime() + 24 * 60 * 60 * 1000) return null;
  // Today before noon: "now" to the minute, so the interview never ends after the moment it is told.
  if (instant.getTime() > now.getTime()) {
    const earlier = new Date(now);
    earlier.setSeconds(0, 0);
    return isoWithOffset(earlier);
  }
  return isoWithOffset(instant);
}
