import { countOf } from "@rebound/core";

const MINUTE_MS = 60_000;
const MINUTES_PER_DAY = 24 * 60;

const count = (n: number, unit: string) => countOf(n, { one: unit, other: `${unit}s` });

/**
 * How long until a held draft may go, in plain words: "1 hour 5 minutes", "1 day 3 hours",
 * "8 days". Rounded up to the minute, so it never says "0 minutes" while the draft is still
 * held; from two days on, whole days are precise enough.
 */
export function timeLeft(ms: number): string {
  if (ms <= MINUTE_MS) return "under a minute";
  const totalMinutes = Math.ceil(ms / MINUTE_MS);
  if (totalMinutes >= 2 * MINUTES_PER_DAY)
    return count(Math.round(totalMinutes / MINUTES_PER_DAY), "day");
  const days = Math.floor(totalMinutes / MINUTES_PER_DAY);
  const hours = Math.floor((totalMinutes % MINUTES_PER_DAY) / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(count(days, "day"));
  if (hours > 0) parts.push(count(hours, "hour"));
  // Minutes matter only within the last day.
  if (minutes > 0 && days === 0) parts.push(count(minutes, "minute"));
  return parts.join(" ");
}
