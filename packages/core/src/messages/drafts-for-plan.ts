import type { Debrief } from "../debrief/debrief.js";
import type { TemplateId } from "../plan/ids.js";
import type { Plan } from "../plan/plan.js";
import type { Message, Tone } from "./message.js";
import { renderWith, slotSource } from "./render-message.js";

/** Every template the plan's steps name, in plan order, each drafted once. */
export function draftTemplateIds(plan: Plan): TemplateId[] {
  // A plan names a handful of templates: a scan of the short list beats a Set and a flattened copy.
  const ids: TemplateId[] = [];
  for (const step of plan.steps) {
    for (const id of step.templates) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** One draft per template the plan names, in plan order; the slots are derived once for all of them. */
export function draftsForPlan(plan: Plan, debrief: Debrief, tone: Tone): Message[] {
  const slotsFor = slotSource(debrief);
  return draftTemplateIds(plan).map((templateId) =>
    renderWith(slotsFor, { templateId, plan, tone }),
  );
}
