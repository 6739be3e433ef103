import type { FieldIssue } from "../validation-error.js";
import { parseIso } from "./parse-iso.js";

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A device clock may run a few minutes fast or slow: an end this far ahead is still "just now". */
export const CLOCK_SKEW_MS = 5 * MINUTE_MS;
/** Rebound plans the days after an interview; one that ended longer ago than this is refused. */
export const MAX_INTERVIEW_AGE_MS = 365 * DAY_MS;

/**
 * Why an interview end cannot be planned from at `now`, or null when it can: an end still in the
 * future (beyond clock skew) would thank someone for an interview that has not happened; one more
 * than a year ago is almost always a mistyped year.
 */
export function interviewTimeIssue(endedAt: string, now: Date): FieldIssue | null {
  const ended = parseIso(endedAt);
  if (Number.isNaN(ended)) return null; // the schema's own message says what is wrong
  const path = "interview.endedAt";
  if (ended > now.getTime() + CLOCK_SKEW_MS) {
    return {
      path,
      message:
        "The interview can't have ended in the future. Check the date, the time and the time zone.",
    };
  }
  if (ended < now.getTime() - MAX_INTERVIEW_AGE_MS) {
    return {
      path,
      message:
        "That is more than a year ago. Rebound plans the days after a recent interview: check the year, or start from your latest interview.",
    };
  }
  return null;
}
