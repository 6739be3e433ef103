import type { SlipUp } from "../debrief/slip-up.js";
import { withoutPossessive, wordTokens } from "./text-scan.js";

// Words too common (or too generic to interviews) to tell one slip-up from another.
const STOPWORDS = new Set(
  `a about after again all also am an and any are as at be been before being but by can could did
  do does during each for from had has have he her him his how i if in into is it its just me more
  my no not of on once one only or our out over she so some than that the their them then there
  these they this those to too two up very was we were what when where which while who why will
  with would you your interview interviewer interviewers question questions answer answers role
  job team company time thing things got get went said asked made make really bit little`
    .split(/\s+/)
    .filter(Boolean),
);

/** A crude stem, enough to match "spilled" with "spill" and "dates" with "date". */
export function stem(word: string): string {
  return stemOfLowerCase(word.toLowerCase());
}

/** `stem` of a word already in lower case. */
export function stemOfLowerCase(word: string): string {
  const lower = withoutPossessive(word);
  for (const suffix of ["ing", "ed", "s"]) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 3)
      return lower.slice(0, -suffix.length);
  }
  return lower;
}

/** Whether a word could identify what a text is about (not short, not a stopword). */
export const isDistinctive = (word: string, lower = word.toLowerCase()): boolean =>
  word.length >= 3 && !STOPWORDS.has(lower);

/** The stems of the words that could identify what a piece of text is about. */
export function distinctiveStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const { word } of wordTokens(text)) if (isDistinctive(word)) stems.add(stem(word));
  return stems;
}

/** Stems of the slips' own words, for the slips a draft may legitimately mention. */
export function slipVocabulary(slips: readonly SlipUp[]): Set<string> {
  const stems = new Set<string>();
  for (const slip of slips) for (const value of distinctiveStems(slip.what)) stems.add(value);
  return stems;
}
