import type { Debrief } from "../debrief/debrief.js";
import {
  fixedOffsetClock,
  type LocalClock,
  writtenOffsetMinutes,
  zoneClock,
} from "./local-clock.js";

/**
 * The person's clock: the debrief's IANA `timeZone`, or, when the caller gave none, the offset the
 * interview's end was written in (`…+01:00` → UTC+01:00; `…Z` → UTC). The web app always sends
 * the browser's zone; the fallback serves API callers who leave it out.
 */
export function debriefClock(debrief: Pick<Debrief, "timeZone" | "interview">): LocalClock {
  return debrief.timeZone === undefined
    ? fixedOffsetClock(writtenOffsetMinutes(debrief.interview.endedAt))
    : zoneClock(debrief.timeZone);
}
