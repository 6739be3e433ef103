import { WordCursor, withoutPossessive } from "./text-scan.js";

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
  // The suffixes "ing", "ed", "s" in turn, each only if three letters stay; no array per call.
  const length = lower.length;
  if (length >= 6 && lower.endsWith("ing")) return lower.slice(0, -3);
  if (length >= 5 && lower.endsWith("ed")) return lower.slice(0, -2);
  if (length >= 4 && lower.charCodeAt(length - 1) === 0x73) return lower.slice(0, -1);
  return lower;
}

/** Whether a word could identify what a piece of text is about (not short, not a stopword). */
export const isDistinctive = (word: string, lower = word.toLowerCase()): boolean =>
  word.length >= 3 && !STOPWORDS.has(lower);

/**
 * Visits the stem of each word that could identify what `text` is about, in order, until
 * `visit` returns true (then true). Short words are skipped before being sliced out, each word
 * is lowered once for the stopword and the stem, and with `first` (a stem's first code unit)
 * an ASCII word starting with another letter is skipped unread: a stem starts its word.
 */
function someDistinctiveStem(
  text: string,
  visit: (stem: string) => boolean,
  first?: number,
): boolean {
  const cursor = new WordCursor(text);
  while (cursor.next()) {
    if (cursor.end - cursor.start < 3) continue;
    if (first !== undefined) {
      const code = text.charCodeAt(cursor.start);
      if (code < 0x80 && (code >= 0x41 && code <= 0x5a ? code + 0x20 : code) !== first) continue;
    }
    const lower = text.slice(cursor.start, cursor.end).toLowerCase();
    if (!STOPWORDS.has(lower) && visit(stemOfLowerCase(lower))) return true;
  }
  return false;
}

/** The stems of the words that could identify what a piece of text is about. */
export function distinctiveStems(text: string): Set<string> {
  const stems = new Set<string>();
  someDistinctiveStem(text, (value) => {
    stems.add(value);
    return false;
  });
  return stems;
}

/** `distinctiveStems(text).has(value)`, reading the words only until one has the stem. */
export function hasDistinctiveStem(text: string, value: string): boolean {
  return someDistinctiveStem(text, (candidate) => candidate === value, value.charCodeAt(0));
}
