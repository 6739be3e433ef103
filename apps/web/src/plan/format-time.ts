import { countOf } from "@rebound/core";

const MINUTE = 60_000;
const plural = (n: number, word: string) => countOf(n, { one: word, other: `${word}s` });

/**
 * Time left, to the minute: a calm countdown, never ticking seconds at someone who is upset.
 * "1 day 3 hours", "2 hours 5 minutes", "12 minutes", "less than a minute".
 */
export function formatRemaining(ms: number): string {
  if (ms < MINUTE) return "less than a minute";
  const totalMinutes = Math.ceil(ms / MINUTE);
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  const parts =
    days > 0
      ? [plural(days, "day"), hours > 0 ? plural(hours, "hour") : ""]
      : [hours > 0 ? plural(hours, "hour") : "", minutes > 0 ? plural(minutes, "minute") : ""];
  return parts.filter(Boolean).join(" ");
}
