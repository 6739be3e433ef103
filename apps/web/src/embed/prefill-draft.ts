import type { DebriefDraft } from "@rebound/core";
import type { Prefill } from "@rebound/embed/protocol";
import { interviewEndFromDate } from "./interview-end-from-date";

/** Fill in what the host knows, never over anything the person already answered. */
export function prefillDraft(
  draft: DebriefDraft,
  prefill: Prefill,
  now: Date = new Date(),
): DebriefDraft {
  const organisation = { ...draft.organisation };
  if (prefill.organisation && !organisation.name) organisation.name = prefill.organisation;
  if (prefill.role && !organisation.role) organisation.role = prefill.role;
  const interview = { ...draft.interview };
  const endedAt = prefill.interviewDate ? interviewEndFromDate(prefill.interviewDate, now) : null;
  if (endedAt && !interview.endedAt) interview.endedAt = endedAt;
  return { ...draft, organisation, interview };
}
