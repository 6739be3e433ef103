import type { DisagreementId } from "../plan/ids.js";
import type { Disagreement, Plan } from "../plan/plan.js";

/** The disagreement of that id in a plan, or undefined when it does not apply. */
export const disagreementOf = (plan: Plan, id: DisagreementId): Disagreement | undefined =>
  plan.disagreements.find((disagreement) => disagreement.id === id);
