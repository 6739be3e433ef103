import type { StrategyId, TemplateId } from "../plan/ids.js";
import type { Plan } from "../plan/plan.js";
import type { SectionId } from "./template-definition.js";

const SECTION_IDS: ReadonlySet<StrategyId> = new Set<SectionId>([
  "correct-record",
  "apologize-slip",
  "acknowledge-disconnect",
  "explain-circumstances",
  "request-call",
]);

const isSectionId = (strategy: StrategyId): strategy is SectionId => SECTION_IDS.has(strategy);

/**
 * The sections a template turns on: the plan steps that name this template. A step that names
 * another template (a call request sent on its own) stays out, so nothing is said twice.
 */
export function sectionsFor(plan: Plan, templateId: TemplateId): ReadonlySet<SectionId> {
  const sections = new Set<SectionId>();
  for (const step of plan.steps) {
    if (step.templates.includes(templateId) && isSectionId(step.strategy))
      sections.add(step.strategy);
  }
  return sections;
}

/** The first plan step that names the template, or undefined when the plan does not use it. */
export function strategyFor(plan: Plan, templateId: TemplateId): StrategyId | undefined {
  return plan.steps.find((step) => step.templates.includes(templateId))?.strategy;
}
