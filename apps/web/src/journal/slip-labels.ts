import type { SlipKind } from "@rebound/core";

/** Slip-up kinds in the words the journal shows. */
export const SLIP_LABEL: Record<SlipKind, string> = {
  "wrong-name": "Wrong name",
  "off-target-answer": "Answer off target",
  "misunderstood-question": "Misunderstood a question",
  blanked: "Went blank",
  late: "Arrived late",
  attire: "Dress",
  nerves: "Nerves",
  "inappropriate-question": "Awkward question asked",
  "physical-mishap": "Physical mishap",
  other: "Something else",
};
