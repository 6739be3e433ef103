const MINUTE_MS = 60_000;

/**
 * How long until a held draft may go, in plain words ("1 hour 5 minutes"). Rounded up to
 * the minute, so the countdown never says "0 minutes" while the draft is still held.
 */
export function timeLeft(ms: number): string {
  if (ms <= MINUTE_MS) return "under a minute";
  const totalMinutes = Math.ceil(ms / MINUTE_MS);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(hours === 1 ? "1 hour" : `${hours} hours`);
  if (minutes > 0) parts.push(minutes === 1 ? "1 minute" : `${minutes} minutes`);
  return parts.join(" ");
}
