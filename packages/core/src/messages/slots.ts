import { formalAddress, warmName } from "../debrief/address.js";
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
  /** The name as the person typed it, for a formal letter to several people of whom some have no title. */
  full: string;
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
  /** "your team", or "the team at Acme" when the letter goes to a recruiter. */
  team: string;
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

/**
 * Notes the person wrote for their own review read wrong to the interviewer when they speak of
 * "them" ("walking them through my model"), of "we"/"our" (whose?), or of the person's own
 * performance ("my answer on…"): such a highlight is not quoted.
 */
const THIRD_PERSON =
  /\b(?:they|them|their|theirs|he|she|him|his|her|hers|the panel|the interviewers?)\b/i;
const OTHERS = new RegExp(`${THIRD_PERSON.source}|\\b(?:we|us|our|ours)\\b`, "i");
const SELF_FIRST = /^(?:I|I'm|I've|I'd|my|me)\b/i;
/** A vision is the person's own and forward-looking; only "they"/"them" for the interviewers reads wrong. */
const ABOUT_THEM = /\b(?:they|them|the panel|the interviewers?)\b/i;

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
  return { formal, first: typedName(warmName(person)) ?? name, full: name };
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

/**
 * The person's words for a reader, each checked (`forReader`) only when a template first reads it:
 * a kit's drafts read a handful of them, and both densities share one set.
 */
class ReaderWords {
  #wentWell: string | null | undefined;
  #vision: string | null | undefined;
  #forgotten: Slots["forgotten"] | undefined;
  #apologySlip: Slots["apologySlip"] | undefined;
  #circumstance: Slots["circumstance"] | undefined;
  #reference: Slots["reference"] | undefined;

  constructor(private readonly debrief: Debrief) {}

  /** A highlight of the conversation: not a note about the person's own performance or about "them". */
  get wentWell(): string | null {
    if (this.#wentWell === undefined) {
      const first = this.debrief.reflection.wentWell[0];
      const usable = first !== undefined && !SELF_FIRST.test(first.trim()) && !OTHERS.test(first);
      this.#wentWell = usable
        ? phrase(forReader(first, this.debrief, { maxWords: HIGHLIGHT_WORDS }))
        : null;
    }
    return this.#wentWell;
  }

  get vision(): string | null {
    if (this.#vision === undefined) {
      const vision = this.debrief.reflection.successVision;
      this.#vision =
        vision === undefined || ABOUT_THEM.test(vision)
          ? null
          : phrase(forReader(vision, this.debrief, { maxWords: LONG_WORDS }));
    }
    return this.#vision;
  }

  get forgotten(): Slots["forgotten"] {
    if (this.#forgotten === undefined) {
      const important = importantForgotten(this.debrief);
      this.#forgotten = (important.length > 0 ? important : this.debrief.forgotten)
        .slice(0, 2)
        .flatMap((point) => {
          const detail = phrase(forReader(point.detail, this.debrief));
          return detail === null ? [] : [{ kind: point.kind, detail }];
        });
    }
    return this.#forgotten;
  }

  get apologySlip(): Slots["apologySlip"] {
    if (this.#apologySlip === undefined) {
      const slip = slipToApologiseFor(this.debrief);
      this.#apologySlip =
        slip === undefined
          ? null
          : {
              kind: slip.kind,
              words: sentence(forReader(slip.forEmployer, this.debrief, { mayApologise: true })),
            };
    }
    return this.#apologySlip;
  }

  get circumstance(): Slots["circumstance"] {
    if (this.#circumstance === undefined) {
      const { circumstance } = this.debrief;
      this.#circumstance =
        circumstance !== undefined && hasDisclosedCircumstance(this.debrief)
          ? { words: sentence(forReader(circumstance.forEmployer, this.debrief)) }
          : null;
    }
    return this.#circumstance;
  }

  get reference(): Slots["reference"] {
    if (this.#reference === undefined) {
      const { reference } = this.debrief;
      this.#reference =
        reference === undefined
          ? null
          : {
              addressee: addresseeOf({ name: reference.name }),
              canMention: notAForgottenPoint(
                phrase(forReader(reference.canMention, this.debrief, { maxWords: LONG_WORDS })),
                this.debrief,
              ),
            };
    }
    return this.#reference;
  }
}

/** The slots of one debrief at one density: facts at once, the person's words on first read. */
class DebriefSlots implements Slots {
  readonly recipients: string[];
  readonly addressees: Addressee[];
  readonly rolePhrase: string;
  readonly company: string;
  readonly team: string;
  readonly values: string[];
  readonly hasBetterAnswer: boolean;
  readonly candidateName: string | null;
  readonly contact: string | null;

  constructor(
    debrief: Debrief,
    density: SlotDensity,
    private readonly words: ReaderWords,
  ) {
    const withNames = debrief.interviewers
      .filter((person) => person.recipient)
      .slice(0, MAX_RECIPIENTS)
      .flatMap((person) => {
        const addressee = addresseeOf(person);
        const name = typedName(person.name);
        return addressee === null || name === null ? [] : [{ name, addressee }];
      });
    this.recipients = withNames.map((entry) => entry.name);
    this.addressees = withNames.map((entry) => entry.addressee);
    this.rolePhrase = rolePhraseFor(
      density === "compact" ? null : whole(debrief.organisation.role, ROLE_WORDS),
    );
    this.company = typedName(debrief.organisation.name) ?? "your organisation";
    this.team = debrief.organisation.viaRecruiter ? `the team at ${this.company}` : "your team";
    this.values =
      density === "compact"
        ? []
        : debrief.organisation.values
            .slice(0, 2)
            .flatMap((value) => whole(value, VALUE_WORDS) ?? []);
    this.hasBetterAnswer = debrief.reflection.answerDifferently !== undefined;
    this.candidateName = typedName(debrief.candidate.name);
    const contact = [whole(debrief.candidate.email, 1), whole(debrief.candidate.phone, 8)].filter(
      (part): part is string => part !== null,
    );
    this.contact = contact.length > 0 ? contact.join(" · ") : null;
  }

  get wentWell() {
    return this.words.wentWell;
  }
  get vision() {
    return this.words.vision;
  }
  get forgotten() {
    return this.words.forgotten;
  }
  get apologySlip() {
    return this.words.apologySlip;
  }
  get circumstance() {
    return this.words.circumstance;
  }
  get reference() {
    return this.words.reference;
  }
}

/** A debrief's slots at each density, sharing the checked words between them. */
export function slotsAtEachDensity(debrief: Debrief): (density: SlotDensity) => Slots {
  const words = new ReaderWords(debrief);
  const made: Partial<Record<SlotDensity, Slots>> = {};
  return (density) => (made[density] ??= new DebriefSlots(debrief, density, words));
}

export function deriveSlots(debrief: Debrief, density: SlotDensity = "normal"): Slots {
  return slotsAtEachDensity(debrief)(density);
}
