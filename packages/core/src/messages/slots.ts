import { firstName, formalAddress } from "../debrief/address.js";
import type { Debrief } from "../debrief/debrief.js";
import type { ForgottenKind } from "../debrief/forgotten-point.js";
import type { SlipKind } from "../debrief/slip-up.js";
import {
  hasDisclosedCircumstance,
  importantForgotten,
  slipToApologiseFor,
} from "../plan/candidate-facts.js";
import { forReader } from "./for-reader.js";
import { firstWords, inline } from "./text-tools.js";
import { countWords } from "./word-limits.js";

/** "normal" uses every detail that fits; "compact" says "the role" and leaves values out, for a tight channel. */
export type SlotDensity = "normal" | "compact";

/** How a letter greets one person: formally by their address, warmly by their first name. */
export interface Addressee {
  formal: string;
  first: string;
}

/**
 * Everything a template may say about the person's situation, derived once from the debrief.
 * What the person typed for their own review (what happened, how it felt, what was going on) is
 * never here: only facts (names, organisation, role, values) and words written for the reader,
 * each whole or not at all.
 */
export interface Slots {
  /** Recipients' names as typed (empty: a neutral greeting). */
  recipients: string[];
  /** The same recipients, as a greeting addresses them. */
  addressees: Addressee[];
  /** "the Audit Senior role", or "the role". */
  rolePhrase: string;
  company: string;
  values: string[];
  /** A highlight of the interview, in the person's words for the reader (the first "went well"). */
  wentWell: string | null;
  /** How they see themselves succeeding there, in their words for the reader. */
  vision: string | null;
  forgotten: { kind: ForgottenKind; detail: string }[];
  /** The one surely-noticed slip still owed an apology, and their words for it, if usable. */
  apologySlip: { kind: SlipKind; words: string | null } | null;
  /** A circumstance the person chose to disclose, and their words for it, if usable. */
  circumstance: { words: string | null } | null;
  /** They worked out a better answer in their review (its text stays private). */
  hasBetterAnswer: boolean;
  candidateName: string | null;
  /** Email and/or phone, ready to print. */
  contact: string | null;
  /** A trusted reference, greeted like anyone else; `canMention` in the person's words for them. */
  reference: { addressee: Addressee | null; canMention: string | null } | null;
}

/** No real name has more words than this; past it, the extra words go (a greeting has no "…"). */
const NAME_WORDS = 12;
const ROLE_WORDS = 8;
const VALUE_WORDS = 4;
const HIGHLIGHT_WORDS = 15;
const LONG_WORDS = 40;
const MAX_RECIPIENTS = 3;

const PRINTABLE = /[\p{L}\p{N}]/u;

const oneLine = (words: string): string => words.replace(/\s+/g, " ").trim();

/** Typed text for mid-sentence use, whole or not at all (null past `maxWords` or when unprintable). */
function whole(value: string | undefined, maxWords: number): string | null {
  if (value === undefined) return null;
  const cleaned = inline(oneLine(value));
  return PRINTABLE.test(cleaned) && countWords(cleaned) <= maxWords ? cleaned : null;
}

/** A name as typed, kept to `NAME_WORDS` words (no ellipsis), or null when it has nothing to print. */
function typedName(value: string | undefined): string | null {
  if (value === undefined) return null;
  const name = firstWords(value, NAME_WORDS, "");
  return PRINTABLE.test(name) ? name : null;
}

function rolePhraseFor(role: string | null): string {
  if (role === null) return "the role";
  const bare = role.replace(/^(?:the|a|an) /i, "");
  return /\b(role|position|job|post|vacancy)$/i.test(bare) ? `the ${bare}` : `the ${bare} role`;
}

/** A phrase for mid-sentence use, on one line, with its closing punctuation dropped. */
const phrase = (words: string | null): string | null =>
  words === null ? null : inline(oneLine(words));

/** A sentence as typed, on one line, with a full stop added when it has none. */
const sentence = (words: string | null): string | null => {
  if (words === null) return null;
  const line = oneLine(words);
  return /[.!?)"”’]$/.test(line) ? line : `${line}.`;
};

function addresseeOf(person: {
  name: string;
  honorific?: string;
  address?: string;
}): Addressee | null {
  const name = typedName(person.name);
  if (name === null) return null;
  const formal = typedName(formalAddress(person)) ?? name;
  return { formal, first: typedName(firstName(person.name)) ?? name };
}

const comparable = (text: string): string => oneLine(text).toLowerCase();

/**
 * What the reference could mention, unless it repeats a forgotten point: the thank-you already puts
 * that on the record, and each thing is said once in the kit (ADVICE.md "Say each thing once").
 */
function notAForgottenPoint(canMention: string | null, debrief: Debrief): string | null {
  if (canMention === null) return null;
  const mention = comparable(canMention);
  const repeats = debrief.forgotten.some((point) => {
    const detail = inline(comparable(point.detail));
    return detail.length > 0 && (mention.includes(detail) || detail.includes(mention));
  });
  return repeats ? null : canMention;
}

export function deriveSlots(debrief: Debrief, density: SlotDensity = "normal"): Slots {
  const recipients = debrief.interviewers
    .filter((person) => person.recipient)
    .slice(0, MAX_RECIPIENTS);
  const important = importantForgotten(debrief);
  const slip = slipToApologiseFor(debrief);
  const { circumstance, reference, reflection } = debrief;
  const contactParts = [
    whole(debrief.candidate.email, 1),
    whole(debrief.candidate.phone, 8),
  ].filter((part): part is string => part !== null);
  const withNames = recipients.flatMap((person) => {
    const addressee = addresseeOf(person);
    const name = typedName(person.name);
    return addressee === null || name === null ? [] : [{ name, addressee }];
  });
  return {
    recipients: withNames.map((entry) => entry.name),
    addressees: withNames.map((entry) => entry.addressee),
    rolePhrase: rolePhraseFor(
      density === "compact" ? null : whole(debrief.organisation.role, ROLE_WORDS),
    ),
    company: typedName(debrief.organisation.name) ?? "your organisation",
    values:
      density === "compact"
        ? []
        : debrief.organisation.values
            .slice(0, 2)
            .flatMap((value) => whole(value, VALUE_WORDS) ?? []),
    wentWell: phrase(forReader(reflection.wentWell[0], debrief, { maxWords: HIGHLIGHT_WORDS })),
    vision: phrase(forReader(reflection.successVision, debrief, { maxWords: LONG_WORDS })),
    forgotten: (important.length > 0 ? important : debrief.forgotten)
      .slice(0, 2)
      .flatMap((point) => {
        const detail = phrase(forReader(point.detail, debrief));
        return detail === null ? [] : [{ kind: point.kind, detail }];
      }),
    apologySlip:
      slip === undefined
        ? null
        : {
            kind: slip.kind,
            words: sentence(forReader(slip.forEmployer, debrief, { mayApologise: true })),
          },
    circumstance:
      circumstance !== undefined && hasDisclosedCircumstance(debrief)
        ? { words: sentence(forReader(circumstance.forEmployer, debrief)) }
        : null,
    hasBetterAnswer: whole(reflection.answerDifferently, Number.POSITIVE_INFINITY) !== null,
    candidateName: typedName(debrief.candidate.name),
    contact: contactParts.length > 0 ? contactParts.join(" · ") : null,
    reference:
      reference === undefined
        ? null
        : {
            addressee: addresseeOf({ name: reference.name }),
            canMention: notAForgottenPoint(
              phrase(forReader(reference.canMention, debrief, { maxWords: LONG_WORDS })),
              debrief,
            ),
          },
  };
}
