import { COMMON_WORDS } from "../common-words.js";
import { editDistance } from "../edit-distance.js";
import { soundex } from "../soundex.js";
import type { Finding } from "../finding.js";
import { type LintRule, lintFacts } from "../lint-context.js";
import { bareWord, type DebriefFacts } from "../debrief-facts.js";
import { containsApology } from "../apology.js";
import {
  isCapitalisedAt,
  nextCapitalisedWord,
  slice,
  WordCursor,
  withoutPossessive,
} from "../text-scan.js";

/**
 * Close but not equal: one edit, or two edits that still sound the same with the same first letter
 * and at least four letters (Mary / Marie, Steven / Stephen; but Mark is not Marie). Both in lower
 * case: the names are lowered once per draft rather than once per word.
 */
function looksLikeMisspelling(a: string, b: string): boolean {
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
function rightName(word: string, facts: DebriefFacts): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of facts.interviewerNames) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  if (best !== undefined && best.distance <= 2) return best.name;
  return facts.recipientFirstName;
}

const isMisspeltName = (lowerWord: string, lowerNames: readonly string[]): boolean =>
  lowerNames.some((name) => looksLikeMisspelling(lowerWord, name));

/**
 * Whether the draft may hold one of the names said instead as a word: a word's lower case is
 * found in the lower-cased draft (short of a capital sigma, see `DraftText.lowerCase`).
 */
function maySaySaidInstead(lowerCase: string | null, saidInstead: ReadonlySet<string>): boolean {
  if (saidInstead.size === 0) return false;
  if (lowerCase === null) return true;
  for (const name of saidInstead) if (lowerCase.includes(name)) return true;
  return false;
}

export const interviewerName: LintRule = (text, { debrief }, facts = lintFacts(text, debrief)) => {
  const known = facts.debrief;
  const names = known.interviewerNames;
  if (names.length === 0) return [];
  const findings: Finding[] = [];
  let lowerNames: string[] | undefined;
  // Without a name said instead anywhere in it, only the draft's capitalised words need reading.
  const saidInsteadInDraft = maySaySaidInstead(facts.draft.lowerCase, known.saidInstead);
  const cursor = new WordCursor(text);
  while (saidInsteadInDraft ? cursor.next() : nextCapitalisedWord(cursor)) {
    // Only a capitalised word can be a misspelt name; any word can be the name said instead.
    // Dropping a possessive only shortens a word: "I", "Dr" and "Mr" are never read further.
    if (cursor.end - cursor.start < 3) continue;
    const capitalised = isCapitalisedAt(text, cursor.start);
    const token = { start: cursor.start, word: text.slice(cursor.start, cursor.end) };
    const word = withoutPossessive(token.word);
    if (word.length < 3) continue;
    const lower = bareWord(word);
    // An everyday word ("all", "will") is never taken for the name said instead, whatever its case.
    const wasSaidInstead = !COMMON_WORDS.has(lower) && known.saidInstead.has(lower);
    const close =
      !wasSaidInstead &&
      capitalised &&
      !COMMON_WORDS.has(lower) &&
      isMisspeltName(word.toLowerCase(), (lowerNames ??= names.map((name) => name.toLowerCase())));
    // A word the person typed is never a misspelling (checked last: few words get this far).
    if ((!wasSaidInstead && !close) || known.isKnownWord(lower)) continue;
    const right = rightName(word, known);
    const span = { start: token.start, end: token.start + word.length };
    // "Sorry I called you Mary": swapping in the right name would make nonsense of the apology.
    if (wasSaidInstead && containsApology(slice(text, facts.draft.sentenceAround(span)))) {
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
