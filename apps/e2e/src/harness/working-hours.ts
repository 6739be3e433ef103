const HOUR = 3_600_000;
const WEEKDAYS = new Set(["Mon", "Tue", "Wed", "Thu", "Fri"]);

/**
 * The latest 11:00 on a weekday, at or before `now`, in `timeZone`: a moment when a draft whose
 * cool-off is over may go out (Rebound sends in working hours), whatever hour or day the test runs.
 */
export function lastWeekdayMorning(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    hourCycle: "h23",
  });
  let moment = Math.floor(now.getTime() / HOUR) * HOUR;
  for (let hours = 0; hours < 24 * 8; hours += 1, moment -= HOUR) {
    const found = Object.fromEntries(
      parts.formatToParts(moment).map((part) => [part.type, part.value]),
    );
    if (WEEKDAYS.has(found.weekday ?? "") && found.hour === "11") return new Date(moment);
  }
  throw new Error(`No weekday 11:00 found in ${timeZone} in the week before ${now.toISOString()}.`);
}
