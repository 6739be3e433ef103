import type { Plan, TemplateId } from "@rebound/core";

/** The channel of the step a copied draft belongs to: what the host's analytics may learn, not the text. */
export function draftChannel(plan: Plan, templateId: TemplateId): string {
  return plan.steps.find((step) => step.templates.includes(templateId))?.channel ?? "unknown";
}
