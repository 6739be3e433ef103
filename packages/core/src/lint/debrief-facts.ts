import type { Debrief } from "../debrief/debrief.js";
import type { SlipUp } from "../debrief/slip-up.js";
import { isStrongCandidate, unansweredFollowUps } from "../plan/candidate-facts.js";
import { type SlipProbe, slipProbe } from "./slip-mentions.js";
import { wordTokens } from "./text-scan.js";
import { distinctiveStems, isDistinctive, slipVocabulary, stem } from "./vocabulary.js";

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
  /** Every word the person typed, lower case without a possessive: never a misspelt name. */
  knownWords: ReadonlySet<string>;
  /** The names said by mistake in the interview, lower case. */
  saidInstead: ReadonlySet<string>;
  /** Stems of a disclosed circumstance (empty when none is disclosed). */
  circumstanceStems: ReadonlySet<string>;
  /** Slips a draft must not mention, ready to look for. */
  unnoticedSlips: readonly SlipProbe[];
  /** Slips already apologised for in person, ready to look for. */
  apologisedSlips: readonly SlipProbe[];
  unansweredFollowUps: number;
  /** A second-interview request is allowed (a front-runner, or already an offer). */
  doOverAllowed: boolean;
}

/** Lower case, without a possessive: "Mary's" in "St Mary's Hospital" is the word "mary". */
export const bareWord = (word: string): string => word.replace(/['’]s$/, "").toLowerCase();

export const nameWords = (name: string): string[] =>
  wordTokens(name)
    .map((token) => token.word)
    .filter((word) => word.length >= 3);

/**
 * The words the person typed, read once for two uses: every word as `knownWords` (never a
 * misspelt name), and the distinctive stems of those a draft is meant to use as `vocabulary` (a
 * slip-up cannot be "mentioned" through them: naming the company "Water Board" is not a mention
 * of "spilled water"). An undisclosed circumstance is known but not meant to be used.
 */
function typedWords(debrief: Debrief): { known: Set<string>; vocabulary: Set<string> } {
  const { organisation, candidate, reference, circumstance, reflection } = debrief;
  const texts = [
    organisation.name,
    organisation.role,
    ...organisation.values,
    candidate.name,
    reference?.name,
    reference?.relation,
    reference?.canMention,
    reflection.answerDifferently,
    ...debrief.interviewers.flatMap((person) => [person.name, person.title]),
    ...debrief.forgotten.map((point) => point.detail),
  ];
  const known = new Set<string>();
  const vocabulary = new Set<string>();
  const read = (text: string | undefined, usable: boolean): void => {
    if (text === undefined) return;
    for (const { word } of wordTokens(text)) {
      known.add(bareWord(word));
      if (usable && isDistinctive(word)) vocabulary.add(stem(word));
    }
  };
  for (const text of texts) read(text, true);
  read(circumstance?.description, circumstance?.disclose === true);
  return { known, vocabulary };
}

/**
 * Probes for `targets`, where a mention that fits one of the `excused` slips just as well (same
 * words or kind) is given the benefit of the doubt, as are the debrief's own words.
 */
function probes(
  targets: readonly SlipUp[],
  excused: readonly SlipUp[],
  vocabulary: ReadonlySet<string>,
): SlipProbe[] {
  if (targets.length === 0) return [];
  const exclusions = {
    stems: new Set([...vocabulary, ...slipVocabulary(excused)]),
    kinds: new Set(excused.map((slip) => slip.kind)),
  };
  return targets.map((slip) => slipProbe(slip, exclusions));
}

function deriveFacts(debrief: Debrief): DebriefFacts {
  const { slips, interviewers, circumstance } = debrief;
  const recipient = interviewers.find((person) => person.recipient) ?? interviewers[0];
  const { known, vocabulary } = typedWords(debrief);
  const noticed = slips.filter((slip) => slip.noticed === "certain");
  const stillOwed = noticed.filter((slip) => !slip.apologisedInPerson);
  return {
    interviewerNames: [...new Set(interviewers.flatMap((person) => nameWords(person.name)))],
    recipientFirstName: recipient === undefined ? undefined : nameWords(recipient.name)[0],
    knownWords: known,
    saidInstead: new Set(
      slips.flatMap((slip) =>
        slip.saidInstead === undefined
          ? []
          : nameWords(slip.saidInstead).map((word) => word.toLowerCase()),
      ),
    ),
    circumstanceStems:
      circumstance?.disclose === true ? distinctiveStems(circumstance.description) : new Set(),
    unnoticedSlips: probes(
      slips.filter((slip) => slip.noticed !== "certain"),
      noticed,
      vocabulary,
    ),
    apologisedSlips: probes(
      slips.filter((slip) => slip.apologisedInPerson),
      stillOwed,
      vocabulary,
    ),
    unansweredFollowUps: unansweredFollowUps(debrief).length,
    doOverAllowed: isStrongCandidate(debrief) || debrief.candidacy.status === "offer",
  };
}

// A kit lints every draft against the same debrief: its facts are derived once for all of them.
const memo = new WeakMap<Debrief, DebriefFacts>();

export function debriefFacts(debrief: Debrief): DebriefFacts {
  let facts = memo.get(debrief);
  if (facts === undefined) {
    facts = deriveFacts(debrief);
    memo.set(debrief, facts);
  }
  return facts;
}
