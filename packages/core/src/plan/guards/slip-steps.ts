import type { Debrief } from "../../debrief/debrief.js";
import { disconnectSlips } from "../candidate-facts.js";
import type { Step } from "../plan.js";

/**
 * Drop the steps that mention a slip unless a slip qualifies for them: apologize-slip needs a
 * surely noticed, not yet apologised slip; acknowledge-disconnect a surely noticed disconnect.
 */
export function withoutSlipSteps(
  steps: readonly Step[],
  debrief: Debrief,
  hasApologySlip: boolean,
): Step[] {
  const hasDisconnect = disconnectSlips(debrief).length > 0;
  return steps.filter((step) => {
    if (step.strategy === "apologize-slip") return hasApologySlip;
    if (step.strategy === "acknowledge-disconnect") return hasDisconnect;
    return true;
  });
}
