import type { DebriefDraft } from "@rebound/core";
import type { Prefill } from "@rebound/embed/protocol";

/** Fill in what the host knows (organisation, role), never over anything the person already typed. */
export function prefillDraft(draft: DebriefDraft, prefill: Prefill): DebriefDraft {
  const organisation = { ...draft.organisation };
  if (prefill.organisation && !organisation.name) organisation.name = prefill.organisation;
  if (prefill.role && !organisation.role) organisation.role = prefill.role;
  return { ...draft, organisation };
}
