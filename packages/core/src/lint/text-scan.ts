import { codeUnitsAt } from "../text/code-units.js";
import type { Span } from "./finding.js";

/** A word of the draft with its character offsets. */
export interface WordToken extends Span {
  word: string;
}

// A word is letters with inner apostrophes or hyphens ("O'Neill", "Anne-Marie"), so names stay
// whole: the tokeniser below is `/\p{L}+(?:['’-]\p{L}+)*/gu` written out, as a regex scan
// allocated a match array per word and the linter tokenises every draft.
const LETTER = /^\p{L}$/u;
const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d;

// Whether each BMP code unit is a letter, worked out a block of 256 at a time on first need:
// the regex test above cost a slice and a Unicode match per non-ASCII character.
const LETTER_BLOCKS: (Uint8Array | undefined)[] = [];

function isBmpLetter(code: number): boolean {
  const high = code >> 8;
  let block = LETTER_BLOCKS[high];
  if (block === undefined) {
    block = new Uint8Array(256);
    for (let low = 0; low < 256; low += 1)
      block[low] = LETTER.test(String.fromCharCode((high << 8) | low)) ? 1 : 0;
    LETTER_BLOCKS[high] = block;
  }
  return block[code & 0xff] === 1;
}

/** How many code units the letter at `index` takes (1, or 2 for a surrogate pair), 0 if none. */
function letterAt(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 1 : 0;
  // A high surrogate followed by a low one is one astral code point, read with the regex.
  if (codeUnitsAt(text, index) === 2) return LETTER.test(text.slice(index, index + 2)) ? 2 : 0;
  return isBmpLetter(code) ? 1 : 0;
}

/** The end of the run of letters starting at `index` (`index` itself when there is none). */
function lettersEnd(text: string, index: number): number {
  let end = index;
  for (let size = letterAt(text, end); size > 0 && end < text.length; size = letterAt(text, end))
    end += size;
  return end;
}

/** The word without a final possessive "'s" ("Mary's" → "Mary"); a capital S is not one. */
export function withoutPossessive(word: string): string {
  const length = word.length;
  return length >= 2 &&
    word.charCodeAt(length - 1) === 0x73 &&
    isApostrophe(word.charCodeAt(length - 2))
    ? word.slice(0, -2)
    : word;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/**
 * The words of a text one at a time, as offsets: no token object and no string per word, for
 * rules that look closely at only a few of a draft's words. `wordTokens` is built on it.
 */
export class WordCursor {
  /** The current word is `text.slice(start, end)` once `next()` has returned true. */
  start = 0;
  end = 0;

  constructor(readonly text: string) {}

  /** Moves to the next word; false when there is none left. */
  next(): boolean {
    const text = this.text;
    let index = this.end;
    while (index < text.length && letterAt(text, index) === 0) index += 1;
    if (index >= text.length) return false;
    let end = lettersEnd(text, index);
    // Take a joiner only with the letters after it.
    while (end < text.length && isJoiner(text.charCodeAt(end))) {
      const after = lettersEnd(text, end + 1);
      if (after === end + 1) break;
      end = after;
    }
    this.start = index;
    this.end = end;
    return true;
  }
}

/** Whether the code point ending just before `index` is a letter. */
function letterBefore(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return letterAt(text, index - 2) === 2;
  }
  return letterAt(text, index - 1) === 1;
}

/**
 * Whether the letter at `index` starts a word: it does unless it continues a run of letters, or
 * follows a joiner that follows a letter (the word takes the joiner with the letters after it).
 */
function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  if (letterBefore(text, index)) return false;
  return !(isJoiner(text.charCodeAt(index - 1)) && index >= 2 && letterBefore(text, index - 1));
}

/**
 * Moves `cursor` to the next word that starts with a capital letter; false when there is none.
 * Only capitals are looked at closely, so a draft's many lower-case words cost a comparison per
 * character instead of being read word by word.
 */
export function nextCapitalisedWord(cursor: WordCursor): boolean {
  const text = cursor.text;
  for (let index = cursor.end; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code < 0x41 || code > 0x5a) continue;
    } else if (letterAt(text, index) === 0 || !isCapitalisedAt(text, index)) continue;
    if (!startsWord(text, index)) continue;
    cursor.end = index;
    return cursor.next();
  }
  cursor.end = text.length;
  return false;
}

export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const cursor = new WordCursor(text);
  while (cursor.next()) {
    const { start, end } = cursor;
    tokens.push({ word: text.slice(start, end), start, end });
  }
  return tokens;
}

const CAPITALISED = /^\p{Lu}/u;

/** Whether a text starts with a capital letter; an ASCII start is read without the Unicode regex. */
export function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return CAPITALISED.test(text);
}

/** `isCapitalised` of the text from `index` on, without slicing it off for an ASCII letter. */
export function isCapitalisedAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return CAPITALISED.test(text.slice(index, index + 2)); // a surrogate pair is two code units
}

const SENTENCE = /[^.!?\n]+(?:[.!?]+["'”’)]*|(?=\n)|$)/g;

/**
 * Sentences as spans, split after . ! ? and at line breaks; surrounding whitespace is excluded
 * so that deleting a span removes exactly one sentence.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = match.index + leading;
    spans.push({ start, end: start + trimmed.length });
  }
  return spans;
}

/** Every match of a global regular expression, as spans. */
export function matchSpans(text: string, pattern: RegExp): Span[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  const spans: Span[] = [];
  // exec rather than matchAll: no iterator and no copy of the pattern per call.
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
    if (match[0] === "") global.lastIndex += 1; // never stuck on an empty match
  }
  return spans;
}

export const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/** Whether two spans share at least one character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Keep the first of any spans that overlap, so one stretch of text gets one finding. */
export function withoutOverlaps<T extends Span>(spans: readonly T[]): T[] {
  const kept: T[] = [];
  for (const span of spans) if (!kept.some((other) => overlaps(other, span))) kept.push(span);
  return kept;
}
