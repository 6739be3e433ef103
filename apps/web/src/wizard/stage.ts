import type { DebriefDraft } from "@rebound/core";

/**
 * Where the person is, as far as the questions go: still in the running (waiting, or not sure),
 * turned down, or made an offer. Each asks different things; a status not given yet counts as
 * waiting, core's own default.
 */
export type Stage = "active" | "rejected" | "offer";

export function stageOf(draft: DebriefDraft): Stage {
  const status = draft.candidacy?.status;
  if (status === "rejected") return "rejected";
  if (status === "offer") return "offer";
  return "active";
}
