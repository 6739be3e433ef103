import type { Debrief } from "../debrief/debrief.js";
import type { ForgottenKind } from "../debrief/forgotten-point.js";
import type { SlipKind } from "../debrief/slip-up.js";
import { hasDisclosedCircumstance, importantForgotten, slipToApologiseFor } from "../plan/candidate-facts.js";
import { clipWords, inline, sanitise } from "./text-tools.js";

/** "normal" keeps typed text nearly whole; "compact" shortens it harder to fit a tight channel. */
export type SlotDensity = "normal" | "compact";

/** Everything a template may say about the person's situation, derived once from the debrief. */
export interface Slots {
  /** Recipients' names exactly as typed (empty: a neutral greeting). */
  recipients: string[];
  /** "the Audit Senior role", or "the role". */
  rolePhrase: string;
  /** The role alone for subjects, or the company when no role was given. */
  roleOrCompany: string;
  company: string;
  values: string[];
  forgotten: { kind: ForgottenKind; detail: string }[];
  /** The one surely-noticed slip still owed an apology. */
  apologySlip: { kind: SlipKind; what: string } | null;
  /** A circumstance the person chose to disclose. */
  circumstance: string | null;
  /** How the person would answer differently, in their words. */
  betterAnswer: string | null;
  candidateName: string | null;
  /** Email and/or phone, ready to print. */
  contact: string | null;
  reference: { name: string; canMention: string | null } | null;
}

const LIMITS: Record<SlotDensity, Record<"name" | "company" | "role" | "detail" | "long", number>> = {
  normal: { name: 6, company: 8, role: 8, detail: 20, long: 25 },
  compact: { name: 4, company: 5, role: 5, detail: 10, long: 12 },
};

const MAX_RECIPIENTS = 3;

function rolePhraseFor(role: string | null): string {
  if (role === null) return "the role";
  return /\b(role|position|job|post|vacancy)$/i.test(role) ? `the ${role}` : `the ${role} role`;
}

const typed = (value: string | undefined, maxWords: number): string | null => {
  if (value === undefined) return null;
  const cleaned = inline(clipWords(sanitise(value), maxWords));
  return cleaned.length > 0 ? cleaned : null;
};

export function deriveSlots(debrief: Debrief, density: SlotDensity = "normal"): Slots {
  const limit = LIMITS[density];
  const role = typed(debrief.organisation.role, limit.role);
  const company = typed(debrief.organisation.name, limit.company) ?? "your organisation";
  const important = importantForgotten(debrief);
  const slip = slipToApologiseFor(debrief);
  const circumstance = debrief.circumstance;
  const reference = debrief.reference;
  const contactParts = [typed(debrief.candidate.email, 1) ?? undefined, typed(debrief.candidate.phone, 3) ?? undefined].filter(
    (part): part is string => part !== undefined && part.length > 0,
  );
  return {
    recipients: debrief.interviewers
      .filter((person) => person.recipient)
      .slice(0, MAX_RECIPIENTS)
      .flatMap((person) => typed(person.name, limit.name) ?? []),
    rolePhrase: rolePhraseFor(role),
    roleOrCompany: role ?? company,
    company,
    values: debrief.organisation.values.slice(0, 2).flatMap((value) => typed(value, 4) ?? []),
    forgotten: (important.length > 0 ? important : debrief.forgotten).slice(0, 2).flatMap((point) => {
      const detail = typed(point.detail, limit.detail);
      return detail === null ? [] : [{ kind: point.kind, detail }];
    }),
    apologySlip: slip === undefined ? null : { kind: slip.kind, what: typed(slip.what, limit.detail) ?? "" },
    circumstance:
      circumstance !== undefined && hasDisclosedCircumstance(debrief) ? typed(circumstance.description, limit.long) : null,
    betterAnswer: typed(debrief.reflection.answerDifferently, limit.long),
    candidateName: typed(debrief.candidate.name, limit.name),
    contact: contactParts.length > 0 ? contactParts.join(" · ") : null,
    reference:
      reference === undefined
        ? null
        : {
            name: typed(reference.name, limit.name) ?? "there",
            canMention: typed(reference.canMention, limit.detail),
          },
  };
}
