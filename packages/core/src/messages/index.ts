// Message templates: debrief + plan → plain-text drafts within each channel's word limit.
export * from "./message.js";
export { deriveSlots, type Addressee, type Slots, type SlotDensity } from "./slots.js";
export type {
  DraftPart,
  DraftSkeleton,
  RenderContext,
  SectionId,
  TemplateDefinition,
} from "./template-definition.js";
export { TEMPLATES, TEMPLATE_CATALOGUE, type TemplateCatalogueEntry } from "./templates/index.js";
export { WORD_LIMITS, countWords } from "./word-limits.js";
export { renderMessage, type RenderRequest } from "./render-message.js";
export { draftsForPlan, draftTemplateIds } from "./drafts-for-plan.js";
export { planMessages, type PlannedMessage } from "./message-plan.js";
export { SECTION_IDS, isSectionId } from "../plan/compose/sections.js";
