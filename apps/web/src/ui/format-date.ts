import type { Window } from "@rebound/core";

/**
 * Every date the web app shows goes through here, so the plan, the drafts, the journal and
 * the widget say the same moment the same way, in the person's own locale and time zone.
 */
const STYLES = {
  /** "Sat 21 Nov, 14:30": a moment in the plan's near future or past. */
  moment: { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
  /** "Sat 21 Nov": a day of the plan. */
  day: { weekday: "short", day: "numeric", month: "short" },
  /** "21 November 2026": a day worth a year (the journal looks back over seasons). */
  date: { day: "numeric", month: "long", year: "numeric" },
  /** "21 Nov 2026, 14:30": a record's timestamp (shares, saves). */
  stamp: { dateStyle: "medium", timeStyle: "short" },
  /** "14:30". */
  time: { hour: "2-digit", minute: "2-digit" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

// `undefined` is the browser's own locale: the person's language and conventions.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(style: DateStyle, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${style}|${timeZone ?? ""}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { ...STYLES[style], timeZone });
    formatters.set(key, format);
  }
  return format;
}

/**
 * A date in one of the app's styles. `timeZone` is only for dates that name a calendar day
 * everywhere (the dashboard's UTC usage days); everything else is the person's own zone.
 */
export function formatDate(
  value: string | Date,
  style: DateStyle = "moment",
  options: { timeZone?: string } = {},
): string {
  return formatter(style, options.timeZone).format(
    typeof value === "string" ? new Date(value) : value,
  );
}

const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/** When a step should happen, as a person would say it: "Sat 21 Nov, 14:30 to 18:00". */
export function formatWindow(window: Window): string {
  if (window.latest === null) return `From ${formatDate(window.earliest)}`;
  const start = new Date(window.earliest);
  const end = new Date(window.latest);
  const endText = sameDay(start, end) ? formatDate(end, "time") : formatDate(end);
  return `${formatDate(start)} to ${endText}`;
}
