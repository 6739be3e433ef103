import type { SectionId } from "../plan/compose/sections.js";
import type { Tone } from "./message.js";
import {
  apologyLine,
  callRequestLine,
  circumstanceLine,
  correctRecordLine,
  disconnectLine,
  secondInterviewLine,
} from "./section-text.js";
import type { Slots } from "./slots.js";
import type { DraftPart } from "./template-definition.js";

/**
 * The repair a message carries, in the order ADVICE.md gives (correct the record, own the
 * disconnect, one apology, the circumstance), each only when the message plan gives it this
 * section. Written once for the thank-you and for the one email that follows a sent thank-you.
 * When a draft runs long, these go last: the garnish around them (a highlight, the fit, the
 * interest line) is dropped first.
 */
export function repairParts(
  slots: Pick<Slots, "forgotten" | "apologySlip" | "circumstance" | "recipients" | "company">,
  sections: ReadonlySet<SectionId>,
  tone: Tone,
): DraftPart[] {
  const parts: DraftPart[] = [];
  if (sections.has("correct-record")) {
    slots.forgotten.forEach((point, index) =>
      parts.push({
        text: correctRecordLine(point, slots.company, tone),
        drop: index === 0 ? 3 : 8,
      }),
    );
  }
  if (sections.has("acknowledge-disconnect")) parts.push({ text: disconnectLine(tone), drop: 4 });
  if (sections.has("apologize-slip") && slots.apologySlip !== null)
    parts.push({ text: apologyLine(slots.apologySlip, slots.recipients.length, tone), drop: 2 });
  if (sections.has("explain-circumstances") && slots.circumstance !== null)
    parts.push({ text: circumstanceLine(slots.circumstance.words, tone), drop: 5 });
  return parts;
}

/** The kit's one request, when this message carries it: a short call, or another interview. */
export function requestPart(sections: ReadonlySet<SectionId>, tone: Tone): DraftPart[] {
  if (sections.has("request-second-interview"))
    return [{ text: secondInterviewLine(tone), drop: 1 }];
  if (sections.has("request-call")) return [{ text: callRequestLine(tone), drop: 1 }];
  return [];
}

/** A template's own section with the ones the plan gives it (a call request always asks for the call). */
export function withOwnSection(
  sections: ReadonlySet<SectionId>,
  own: SectionId,
): ReadonlySet<SectionId> {
  return sections.has(own) ? sections : new Set([...sections, own]);
}
