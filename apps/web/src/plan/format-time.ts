import type { Window } from "@rebound/core";

const DAY_AND_TIME = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});
const TIME = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });

/** "Sat 21 Nov, 14:30" in the person's own locale and time zone. */
export function formatMoment(iso: string): string {
  return DAY_AND_TIME.format(new Date(iso));
}

const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/** When a step should happen, as a person would say it. */
export function formatWindow(window: Window): string {
  if (window.latest === null) return `From ${formatMoment(window.earliest)}`;
  const start = new Date(window.earliest);
  const end = new Date(window.latest);
  if (sameDay(start, end)) return `${formatMoment(window.earliest)} to ${TIME.format(end)}`;
  return `${formatMoment(window.earliest)} to ${formatMoment(window.latest)}`;
}

const MINUTE = 60_000;
const plural = (n: number, word: string) => `${String(n)} ${word}${n === 1 ? "" : "s"}`;

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
