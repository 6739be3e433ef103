const pad = (n: number) => String(n).padStart(2, "0");

/** `2026-11-21T10:30:00+01:00`: an ISO date-time with the person's own offset, as core's schemas want. */
export function isoWithOffset(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  return (
    `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The value a `datetime-local` input shows for an ISO date-time, in the person's time zone. */
export function toLocalInputValue(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A `datetime-local` value ("2026-11-21T10:30") read as local time, back to ISO with offset.
 * Anything unreadable becomes "" so the schema's own message explains what is expected.
 */
export function fromLocalInputValue(local: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return "";
  const [, y, mo, d, h, mi, s] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  return Number.isNaN(date.getTime()) ? "" : isoWithOffset(date);
}

/** The default for "when did it end": an hour ago, to the minute. */
export function anHourAgo(now: Date = new Date()): string {
  const date = new Date(now.getTime() - 60 * 60 * 1000);
  date.setSeconds(0, 0);
  return isoWithOffset(date);
}
