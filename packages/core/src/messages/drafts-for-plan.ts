import type { Debrief } from "../debrief/debrief.js";
import type { TemplateId } from "../plan/ids.js";
import type { Plan } from "../plan/plan.js";
import type { Message, Tone } from "./message.js";
import { renderWith, slotSource } from "./render-message.js";

/** Every template the plan's steps name, in plan order, each drafted once. */
export function draftTemplateIds(plan: Plan): TemplateId[] {
  return [...new Set(plan.steps.flatMap((step) => step.templates))];
}

/** One draft per template the plan names, in plan order; the slots are derived once for all of them. */
export function draftsForPlan(plan: Plan, debrief: Debrief, tone: Tone): Message[] {
  const slotsFor = slotSource(debrief);
  return draftTemplateIds(plan).map((templateId) =>
    renderWith(slotsFor, { templateId, plan, tone }),
  );
}
