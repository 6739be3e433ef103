import type { Plan } from "@rebound/core";

/**
 * One line an agency can act on: the plan's first outreach (or first step), and how many steps
 * there are. Built from step titles, which are our own words, never the person's notes.
 */
export function planHeadline(plan: Plan): string {
  const lead = plan.steps.find((step) => step.outreach) ?? plan.steps[0];
  if (!lead) return "No steps needed right now";
  const count = plan.steps.length;
  return count > 1 ? `${lead.title} (first of ${String(count)} steps)` : lead.title;
}
