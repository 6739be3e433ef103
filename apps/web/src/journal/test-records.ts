import { choosePlan, parseDebrief, type DebriefInput } from "@rebound/core";
import type { JournalRecord } from "./journal-record";

/** A journal record for tests: a debrief at `organisation`, its plan, and the progress given. */
export function testRecord(
  id: string,
  organisation: string,
  extra: Partial<DebriefInput> = {},
): JournalRecord {
  const parsed = parseDebrief({
    interview: { endedAt: "2026-11-20T15:00:00.000Z", format: "video", severity: "noticeable" },
    candidacy: { status: "rejected" },
    organisation: { name: organisation, size: "large", formal: "no", viaRecruiter: false },
    slips: [{ what: "Froze on the budgeting question", kind: "blanked", noticed: "certain" }],
    lessons: {
      unpreparedQuestions: ["How would you budget a project?"],
      logistics: "Leave earlier",
    },
    ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const plan = choosePlan(parsed.value, new Date("2026-11-21T09:00:00.000Z"));
  return { id, debrief: parsed.value, plan, progress: { done: [], answered: {} } };
}
