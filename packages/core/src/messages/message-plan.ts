import type { Channel, StrategyId, TemplateId } from "../plan/ids.js";
import { isSectionId, SECTION_IDS, type SectionId } from "../plan/compose/sections.js";
import type { Plan, Step, Window } from "../plan/plan.js";
import { TEMPLATES } from "./templates/index.js";

/**
 * The messages of a kit, between the plan's steps and the templates: which messages go out, when,
 * by which channel, and which sections each carries. The plan decides (its composition stage names
 * the carrying message on every section step); this reads it back, so drafts, the calendar and the
 * screens all see the same messages.
 */
export interface PlannedMessage {
  templateId: TemplateId;
  /** The step whose message it is (the thank-you for its sections, the call for its talking points). */
  strategy: StrategyId;
  channel: Channel;
  window: Window;
  /** The sections it carries, in the order it says them. */
  sections: SectionId[];
}

/** Every template the plan's steps name, in plan order, each once. */
export function draftTemplateIds(plan: Plan): TemplateId[] {
  // A plan names a handful of templates: a scan of the short list beats a Set and a flattened copy.
  const ids: TemplateId[] = [];
  for (const step of plan.steps) {
    for (const id of step.templates) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The step a message belongs to: the one serving the template's own strategy, else the first naming it. */
function ownerOf(plan: Plan, templateId: TemplateId): Step | undefined {
  let first: Step | undefined;
  for (const step of plan.steps) {
    if (!step.templates.includes(templateId)) continue;
    if (step.strategy === TEMPLATES[templateId].strategy) return step;
    first ??= step;
  }
  return first;
}

/** The sections a message carries: the section steps that name it. */
export function sectionsFor(plan: Plan, templateId: TemplateId): ReadonlySet<SectionId> {
  const sections = new Set<SectionId>();
  for (const step of plan.steps) {
    if (step.templates.includes(templateId) && isSectionId(step.strategy))
      sections.add(step.strategy);
  }
  return sections;
}

/** The step a template's draft serves, or undefined when the plan does not use it. */
export function strategyFor(plan: Plan, templateId: TemplateId): StrategyId | undefined {
  return ownerOf(plan, templateId)?.strategy;
}

/** The kit's messages, in plan order. */
export function planMessages(plan: Plan): PlannedMessage[] {
  return draftTemplateIds(plan).flatMap((templateId) => {
    const owner = ownerOf(plan, templateId);
    if (owner === undefined) return [];
    const sections = sectionsFor(plan, templateId);
    return [
      {
        templateId,
        strategy: owner.strategy,
        channel: owner.channel,
        window: owner.window,
        sections: SECTION_IDS.filter((id) => sections.has(id)),
      },
    ];
  });
}
