import { type Debrief, type Plan, planToIcs } from "@rebound/core";
import { downloadText } from "../journal/download-text";

/** Downloads the plan's dated steps as an .ics file any calendar app can import. */
export function CalendarButton({ plan, debrief }: { plan: Plan; debrief: Debrief }) {
  return (
    <button
      type="button"
      className="rb-button rb-button--secondary"
      onClick={() =>
        downloadText(
          "rebound-plan.ics",
          planToIcs(plan, debrief, { now: new Date() }),
          "text/calendar",
        )
      }
    >
      Add to calendar
    </button>
  );
}
