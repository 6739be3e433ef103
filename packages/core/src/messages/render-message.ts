import type { Debrief } from "../debrief/debrief.js";
import type { TemplateId } from "../plan/ids.js";
import type { Plan } from "../plan/plan.js";
import { fitToLimit } from "./fit-to-limit.js";
import type { Message, Tone } from "./message.js";
import { sectionsFor, strategyFor } from "./message-plan.js";
import { type SlotDensity, type Slots, slotsAtEachDensity } from "./slots.js";
import { TEMPLATES } from "./templates/index.js";
import { WORD_LIMITS } from "./word-limits.js";
import { softenSlotBraces } from "./text-tools.js";

export interface RenderRequest {
  templateId: TemplateId;
  debrief: Debrief;
  /** Decides the sections and the step the draft serves; the template may also be asked for outside it. */
  plan: Plan;
  tone: Tone;
}

/** Slots for each density, derived at most once: several drafts of one kit share them. */
export type SlotSource = (density: SlotDensity) => Slots;

export function slotSource(debrief: Debrief): SlotSource {
  return slotsAtEachDensity(debrief);
}

const MAX_SUBJECT = 200;

/**
 * A subject within the schema's length. Subjects hold only short typed values (a role of a few
 * words, else "the role"), so this never cuts in practice; if it must, it cuts at a word, with no "…".
 */
function fitSubject(subject: string): string {
  if (subject.length <= MAX_SUBJECT) return subject;
  const cut = subject.slice(0, MAX_SUBJECT);
  const space = cut.lastIndexOf(" ");
  return (space > 0 ? cut.slice(0, space) : cut).trimEnd();
}

/** `renderMessage` with slots shared between drafts (see `draftsForPlan`). */
export function renderWith(
  slotsFor: SlotSource,
  { templateId, plan, tone }: Omit<RenderRequest, "debrief">,
): Message {
  const template = TEMPLATES[templateId];
  const wordLimit = WORD_LIMITS[template.channel];
  const context = { tone, sections: sectionsFor(plan, templateId) };
  let skeleton = template.render(slotsFor("normal"), context);
  let body = fitToLimit(skeleton.parts, skeleton.separator, wordLimit);
  // Optional parts went first; only then is what the person typed shortened.
  if (body === null) {
    skeleton = template.render(slotsFor("compact"), context);
    body = fitToLimit(skeleton.parts, skeleton.separator, wordLimit);
  }
  return {
    templateId,
    strategy: strategyFor(plan, templateId) ?? template.strategy,
    channel: template.channel,
    tone,
    to: skeleton.to,
    subject: skeleton.subject === null ? null : fitSubject(softenSlotBraces(skeleton.subject)),
    // Essential parts are written to fit even at the longest typed input; this join is a last resort.
    body: softenSlotBraces(
      body ?? skeleton.parts.map((part) => part.text).join(skeleton.separator),
    ),
    wordLimit,
  };
}

/**
 * Draft one message: derive the slots, render the template with the sections the plan asks for,
 * fit it to the channel's word limit (optional parts go by priority, then the compact slots), and
 * return plain text with every slot filled.
 */
export function renderMessage(request: RenderRequest): Message {
  return renderWith(slotSource(request.debrief), request);
}
