import type { Debrief } from "../debrief/debrief.js";
import type { Plan } from "../plan/plan.js";
import { draftTemplateIds } from "./message-plan.js";
import type { Message, Tone } from "./message.js";
import { renderWith, slotSource } from "./render-message.js";

export { draftTemplateIds };

/** One draft per message of the plan, in plan order; the slots are derived once for all of them. */
export function draftsForPlan(plan: Plan, debrief: Debrief, tone: Tone): Message[] {
  const slotsFor = slotSource(debrief);
  return draftTemplateIds(plan).map((templateId) =>
    renderWith(slotsFor, { templateId, plan, tone }),
  );
}
