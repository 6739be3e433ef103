import { type Debrief, type ShareSummaryInput } from "@rebound/core";

export interface ConsentAnswers {
  name: string;
  contact: string;
  role: string;
  /** Send the whole debrief too; off unless the person ticks it. */
  includeDebrief: boolean;
}

/** Start from what the person already told the coach, so consenting is a check rather than retyping. */
export function initialAnswers(debrief: Debrief): ConsentAnswers {
  const { candidate, organisation } = debrief;
  const role = organisation.role
    ? `${organisation.role} at ${organisation.name}`
    : organisation.name;
  return {
    name: candidate.name ?? "",
    contact: candidate.email ?? candidate.phone ?? "",
    role: role.slice(0, 200),
    includeDebrief: false,
  };
}

/** Exactly what goes to the agency: the raw debrief only when the box was ticked. */
export function summaryToShare(
  answers: ConsentAnswers,
  planHeadline: string,
  debrief: Debrief,
): ShareSummaryInput {
  return {
    name: answers.name,
    contact: answers.contact,
    ...(answers.role.trim() ? { role: answers.role } : {}),
    planHeadline,
    ...(answers.includeDebrief ? { debrief } : {}),
  };
}
