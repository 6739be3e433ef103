import type { Debrief } from "../../debrief/debrief.js";
import { COMMON_WORDS } from "../common-words.js";
import { editDistance } from "../edit-distance.js";
import { soundex } from "../soundex.js";
import type { Finding } from "../finding.js";
import type { LintRule } from "../lint-context.js";
import { containsApology } from "../apology.js";
import { sentenceAround, slice, wordTokens } from "../text-scan.js";

/** Lower case, without a possessive: "Mary's" in "St Mary's Hospital" is the word "mary". */
const bare = (word: string): string => word.replace(/['’]s$/, "").toLowerCase();

const nameTokens = (name: string): string[] =>
  wordTokens(name)
    .map((token) => token.word)
    .filter((word) => word.length >= 3);

/** Every word the person typed that may appear as a name: never a misspelling. */
function knownWords(debrief: Debrief): Set<string> {
  const texts = [
    debrief.organisation.name,
    debrief.organisation.role,
    ...debrief.organisation.values,
    debrief.candidate.name,
    debrief.reference?.name,
    debrief.reference?.relation,
    debrief.reference?.canMention,
    debrief.circumstance?.description,
    debrief.reflection.answerDifferently,
    ...debrief.interviewers.flatMap((person) => [person.name, person.title]),
    ...debrief.forgotten.map((point) => point.detail),
  ];
  return new Set(
    texts.flatMap((text) => (text === undefined ? [] : wordTokens(text).map((t) => bare(t.word)))),
  );
}

/**
 * Close but not equal: one edit, or two edits that still sound the same with the same first letter
 * and at least four letters (Mary / Marie, Steven / Stephen; but Mark is not Marie).
 */
function looksLikeMisspelling(word: string, name: string): boolean {
  const a = word.toLowerCase();
  const b = name.toLowerCase();
  if (a === b) return false;
  const distance = editDistance(a, b, 2);
  if (distance === 1) return true;
  return (
    distance === 2 &&
    a[0] === b[0] &&
    Math.min(a.length, b.length) >= 4 &&
    soundex(a) === soundex(b)
  );
}

/**
 * The name a flagged word should have been: the interviewer name it is closest to, or for a
 * wrong name that resembles none of them, the first name of the person the messages go to.
 */
function rightName(word: string, debrief: Debrief, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best !== undefined && best.distance <= 2) return best.name;
  const recipient =
    debrief.interviewers.find((person) => person.recipient) ?? debrief.interviewers[0];
  return recipient === undefined ? undefined : nameTokens(recipient.name)[0];
}

export const interviewerName: LintRule = (text, { debrief }) => {
  const names = [...new Set(debrief.interviewers.flatMap((person) => nameTokens(person.name)))];
  if (names.length === 0) return [];
  const known = knownWords(debrief);
  const saidInstead = new Set(
    debrief.slips.flatMap((slip) =>
      slip.saidInstead === undefined ? [] : nameTokens(slip.saidInstead),
    ),
  );
  const findings: Finding[] = [];
  for (const token of wordTokens(text)) {
    const word = token.word.replace(/['’]s$/, "");
    const lower = bare(word);
    if (word.length < 3 || known.has(lower)) continue;
    // An everyday word ("all", "will") is never taken for the name said instead, whatever its case.
    const wasSaidInstead =
      !COMMON_WORDS.has(lower) && [...saidInstead].some((said) => said.toLowerCase() === lower);
    const capitalised = /^\p{Lu}/u.test(word);
    const close =
      capitalised &&
      !COMMON_WORDS.has(lower) &&
      names.some((name) => looksLikeMisspelling(word, name));
    if (!wasSaidInstead && !close) continue;
    const right = rightName(word, debrief, names);
    const span = { start: token.start, end: token.start + word.length };
    // "Sorry I called you Mary": swapping in the right name would make nonsense of the apology.
    if (wasSaidInstead && containsApology(slice(text, sentenceAround(text, span)))) {
      findings.push({
        ruleId: "interviewer-name",
        span,
        message: `"${word}" is the wrong name: writing it again keeps the slip in their mind.`,
        suggestion: "Apologise for getting their name wrong without repeating the wrong one.",
      });
      continue;
    }
    findings.push({
      ruleId: "interviewer-name",
      span,
      message: wasSaidInstead
        ? `"${word}" is the name you used by mistake in the interview.`
        : `"${word}" looks like a misspelling of ${right ?? "an interviewer's name"}.`,
      suggestion:
        right === undefined
          ? "Check the spelling of the name."
          : `Write "${right}", exactly as they spell it.`,
      ...(right === undefined ? {} : { replacement: right }),
    });
  }
  return findings;
};
