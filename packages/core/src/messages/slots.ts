import type { Debrief } from "../debrief/debrief.js";
import type { ForgottenKind } from "../debrief/forgotten-point.js";
import type { SlipKind } from "../debrief/slip-up.js";
import {
  hasDisclosedCircumstance,
  importantForgotten,
  slipToApologiseFor,
} from "../plan/candidate-facts.js";
import { firstWords, inline } from "./text-tools.js";

/** "normal" keeps typed text nearly whole; "compact" shortens it harder to fit a tight channel. */
export type SlotDensity = "normal" | "compact";

/** Everything a template may say about the person's situation, derived once from the debrief. */
export interface Slots {
  /** Recipients' names exactly as typed (empty: a neutral greeting). */
  recipients: string[];
  /** "the Audit Senior role", or "the role". */
  rolePhrase: string;
  company: string;
  values: string[];
  forgotten: { kind: ForgottenKind; detail: string }[];
  /** The one surely-noticed slip still owed an apology (`what` is never empty). */
  apologySlip: { kind: SlipKind; what: string } | null;
  /** A circumstance the person chose to disclose. */
  circumstance: string | null;
  /** How the person would answer differently, in their words. */
  betterAnswer: string | null;
  candidateName: string | null;
  /** Email and/or phone, ready to print. */
  contact: string | null;
  /** A trusted reference; `name` is null only when what was typed has no letters to print. */
  reference: { name: string | null; canMention: string | null } | null;
}

// Names keep every word a real name has; only a pathological one is shortened, and only when compact.
const LIMITS: Record<
  SlotDensity,
  Record<"name" | "company" | "role" | "detail" | "long", number>
> = {
  normal: { name: 12, company: 8, role: 8, detail: 20, long: 25 },
  compact: { name: 5, company: 5, role: 5, detail: 10, long: 12 },
};

const MAX_RECIPIENTS = 3;

function rolePhraseFor(role: string | null): string {
  if (role === null) return "the role";
  const bare = role.replace(/^(?:the|a|an) /i, "");
  return /\b(role|position|job|post|vacancy)$/i.test(bare) ? `the ${bare}` : `the ${bare} role`;
}

const PRINTABLE = /[\p{L}\p{N}]/u;

/** Typed text ready for mid-sentence use, or null when nothing printable is left. */
const typed = (value: string | undefined, maxWords: number): string | null => {
  if (value === undefined) return null;
  const cleaned = inline(firstWords(value, maxWords));
  return PRINTABLE.test(cleaned) ? cleaned : null;
};

/** A name as typed; past `maxWords` (never a real name) the extra words go, without an ellipsis in a greeting. */
const typedName = (value: string | undefined, maxWords: number): string | null => {
  if (value === undefined) return null;
  const name = firstWords(value, maxWords, "");
  return PRINTABLE.test(name) ? name : null;
};

function apologySlipFor(debrief: Debrief, maxWords: number): Slots["apologySlip"] {
  const slip = slipToApologiseFor(debrief);
  if (slip === undefined) return null;
  const what = typed(slip.what, maxWords);
  return what === null ? null : { kind: slip.kind, what };
}

export function deriveSlots(debrief: Debrief, density: SlotDensity = "normal"): Slots {
  const limit = LIMITS[density];
  const role = typed(debrief.organisation.role, limit.role);
  const company = typed(debrief.organisation.name, limit.company) ?? "your organisation";
  const important = importantForgotten(debrief);
  const circumstance = debrief.circumstance;
  const reference = debrief.reference;
  const contactParts = [
    typed(debrief.candidate.email, 1),
    typed(debrief.candidate.phone, 4),
  ].filter((part): part is string => part !== null);
  return {
    recipients: debrief.interviewers
      .filter((person) => person.recipient)
      .slice(0, MAX_RECIPIENTS)
      .flatMap((person) => typedName(person.name, limit.name) ?? []),
    rolePhrase: rolePhraseFor(role),
    company,
    values: debrief.organisation.values.slice(0, 2).flatMap((value) => typed(value, 4) ?? []),
    forgotten: (important.length > 0 ? important : debrief.forgotten)
      .slice(0, 2)
      .flatMap((point) => {
        const detail = typed(point.detail, limit.detail);
        return detail === null ? [] : [{ kind: point.kind, detail }];
      }),
    apologySlip: apologySlipFor(debrief, limit.detail),
    circumstance:
      circumstance !== undefined && hasDisclosedCircumstance(debrief)
        ? typed(circumstance.description, limit.long)
        : null,
    betterAnswer: typed(debrief.reflection.answerDifferently, limit.long),
    candidateName: typedName(debrief.candidate.name, limit.name),
    contact: contactParts.length > 0 ? contactParts.join(" · ") : null,
    reference:
      reference === undefined
        ? null
        : {
            name: typedName(reference.name, limit.name),
            canMention: typed(reference.canMention, limit.detail),
          },
  };
}
