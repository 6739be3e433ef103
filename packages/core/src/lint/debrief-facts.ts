import type { Debrief } from "../debrief/debrief.js";
import type { SlipUp } from "../debrief/slip-up.js";
import { isStrongCandidate, unansweredFollowUps } from "../plan/candidate-facts.js";
import { type SlipProbe, slipProbe } from "./slip-mentions.js";
import { lazy, remembered } from "./memo.js";
import { WordCursor, withoutPossessive, wordTokens } from "./text-scan.js";
import { distinctiveStems, hasDistinctiveStem } from "./vocabulary.js";

/**
 * What the rules read from the debrief, independent of the draft: worked out once per debrief
 * and shared by every rule and every draft of a kit. Debriefs are treated as immutable values
 * (a parse or an edit makes a new object), so a debrief object always has the same facts.
 */
export interface DebriefFacts {
  /** Interviewer name words of three letters or more, as given, without repeats. */
  interviewerNames: readonly string[];
  /** First name word of the person the messages go to. */
  recipientFirstName: string | undefined;
  /** Whether a word (lower case, without a possessive) is one the person typed: never a misspelt name. */
  isKnownWord: (lowerWord: string) => boolean;
  /** The names said by mistake in the interview, lower case. */
  saidInstead: ReadonlySet<string>;
  /** Stems of a disclosed circumstance (empty when none is disclosed). */
  circumstanceStems: () => ReadonlySet<string>;
  /** Slips a draft must not mention, ready to look for. */
  unnoticedSlips: readonly SlipProbe[];
  /** Slips already apologised for in person, ready to look for. */
  apologisedSlips: readonly SlipProbe[];
  /** Asked only of a follow-up draft. */
  unansweredFollowUps: () => number;
  /** A second-interview request is allowed (a front-runner, or already an offer); asked only of a draft asking for one. */
  doOverAllowed: () => boolean;
}

/** Lower case, without a possessive: "Mary's" in "St Mary's Hospital" is the word "mary". */
export const bareWord = (word: string): string => withoutPossessive(word).toLowerCase();

export const nameWords = (name: string): string[] =>
  wordTokens(name)
    .map((token) => token.word)
    .filter((word) => word.length >= 3);

/**
 * Whether the person typed this word (lower case, without a possessive) in any text. Only the
 * texts holding it in lower case are read word by word (a word's bare form is found in the
 * lower-cased text, short of a capital sigma), instead of gathering every word they typed.
 */
export function typedWordLookup(debrief: Debrief): (lowerWord: string) => boolean {
  const texts = lazy(() => typedTexts(debrief).filter((text) => text !== undefined));
  return remembered((lowerWord) =>
    texts().some((text) => {
      if (!text.includes("Σ") && !text.toLowerCase().includes(lowerWord)) return false;
      const cursor = new WordCursor(text);
      while (cursor.next())
        if (bareWord(text.slice(cursor.start, cursor.end)) === lowerWord) return true;
      return false;
    }),
  );
}

/** Whether `fragment` stands in something the person typed: their words, never a leftover slot. */
export function typedByPerson(debrief: Debrief, fragment: string): boolean {
  return typedTexts(debrief).some((text) => text?.includes(fragment) === true);
}

/**
 * Every text the person typed (undefined where they left one out). A slip's words for the employer
 * can be left out: they are about a slip, so they must never excuse a mention of another one.
 */
export function typedTexts(
  debrief: Debrief,
  withCircumstance = true,
  withSlipWords = true,
): (string | undefined)[] {
  const { organisation, candidate, reference, circumstance, reflection } = debrief;
  return [
    organisation.name,
    organisation.role,
    ...organisation.values,
    candidate.name,
    reference?.name,
    reference?.relation,
    reference?.canMention,
    reflection.answerDifferently,
    reflection.wentWell[0],
    reflection.successVision,
    withCircumstance ? circumstance?.description : undefined,
    withCircumstance ? circumstance?.forEmployer : undefined,
    ...debrief.interviewers.flatMap((person) => [
      person.name,
      person.title,
      person.honorific,
      person.address,
    ]),
    ...debrief.forgotten.map((point) => point.detail),
    ...(withSlipWords ? debrief.slips.map((slip) => slip.forEmployer) : []),
  ];
}

/** `make()` once, on first call: what most drafts never need is never worked out. */
/**
 * Probes for `targets`, where a mention that fits one of the `excused` slips just as well (same
 * words or kind) is given the benefit of the doubt, as are the debrief's own words.
 */
function probes(
  targets: readonly SlipUp[],
  excused: readonly SlipUp[],
  inVocabulary: (stem: string) => boolean,
  stemsOf: (slip: SlipUp) => ReadonlySet<string>,
): SlipProbe[] {
  if (targets.length === 0) return [];
  const kinds = new Set(excused.map((slip) => slip.kind));
  const isExcluded = remembered(
    (stem: string) => excused.some((slip) => stemsOf(slip).has(stem)) || inVocabulary(stem),
  );
  return targets.map((slip) => slipProbe(slip, stemsOf(slip), kinds, isExcluded));
}

/** Each slip's distinctive stems, worked out once though a slip can be in several lists. */
const slipStems = (): ((slip: SlipUp) => ReadonlySet<string>) =>
  remembered((slip: SlipUp) => distinctiveStems(slip.what));

/**
 * Whether a stem is one of the words the person typed for a draft to use (names, organisation,
 * role, values, forgotten points, a disclosed circumstance...). A slip-up cannot be "mentioned"
 * through these words: naming the company "Water Board" is not a mention of "spilled water".
 * A stem is a prefix of its word in lower case, so only the texts holding it in lower case are
 * read word by word (all of them around a capital sigma, whose lower case depends on its
 * neighbours).
 */
function vocabularyLookup(debrief: Debrief): (stem: string) => boolean {
  // Each text is lowered only when reached: the first few texts usually answer.
  const texts = lazy(() =>
    typedTexts(debrief, debrief.circumstance?.disclose === true, false).flatMap((text) =>
      text === undefined
        ? []
        : [
            {
              lowerCase: lazy(() => (text.includes("Σ") ? null : text.toLowerCase())),
              text,
            },
          ],
    ),
  );
  return (stem) =>
    texts().some(({ lowerCase, text }) => {
      const lower = lowerCase();
      return (lower === null || lower.includes(stem)) && hasDistinctiveStem(text, stem);
    });
}

function deriveFacts(debrief: Debrief): DebriefFacts {
  const { slips, interviewers, circumstance } = debrief;
  const recipient = interviewers.find((person) => person.recipient) ?? interviewers[0];
  const noticed = slips.filter((slip) => slip.noticed === "certain");
  const stillOwed = noticed.filter((slip) => !slip.apologisedInPerson);
  const inVocabulary = vocabularyLookup(debrief);
  const stemsOf = slipStems();
  return {
    interviewerNames: [...new Set(interviewers.flatMap((person) => nameWords(person.name)))],
    recipientFirstName: recipient === undefined ? undefined : nameWords(recipient.name)[0],
    isKnownWord: typedWordLookup(debrief),
    saidInstead: new Set(
      slips.flatMap((slip) =>
        slip.saidInstead === undefined
          ? []
          : nameWords(slip.saidInstead).map((word) => word.toLowerCase()),
      ),
    ),
    circumstanceStems: lazy(() =>
      circumstance?.disclose === true
        ? distinctiveStems(`${circumstance.description}\n${circumstance.forEmployer ?? ""}`)
        : new Set(),
    ),
    unnoticedSlips: probes(
      slips.filter((slip) => slip.noticed !== "certain"),
      noticed,
      inVocabulary,
      stemsOf,
    ),
    apologisedSlips: probes(
      slips.filter((slip) => slip.apologisedInPerson),
      stillOwed,
      inVocabulary,
      stemsOf,
    ),
    unansweredFollowUps: lazy(() => unansweredFollowUps(debrief).length),
    doOverAllowed: lazy(() => isStrongCandidate(debrief) || debrief.candidacy.status === "offer"),
  };
}

// A kit lints its drafts one after another against the same debrief: the facts of the last
// debrief are kept for the next draft. One entry, not a WeakMap of every debrief ever linted:
// each request brings a new debrief object, and a WeakMap entry per object made the garbage
// collector's work (weak entries are traced separately) cost more than deriving the facts.
let last: { debrief: Debrief; facts: DebriefFacts } | undefined;

export function debriefFacts(debrief: Debrief): DebriefFacts {
  if (last?.debrief !== debrief) last = { debrief, facts: deriveFacts(debrief) };
  return last.facts;
}
