import { countOf } from "@rebound/core";

const SECONDS = { one: "second", other: "seconds" };
const MINUTES = { one: "minute", other: "minutes" };

/** A rate limit's wait as a person reads it: "45 seconds", "1 minute", "3 minutes" (rounded up). */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return countOf(seconds, SECONDS);
  return countOf(Math.ceil(seconds / 60), MINUTES);
}
