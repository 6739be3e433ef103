import type { Span } from "./finding.js";

/** A word of the draft with its character offsets. */
export interface WordToken extends Span {
  word: string;
}

// Letters with inner apostrophes or hyphens ("O'Neill", "Anne-Marie"), so names stay whole.
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    tokens.push({ word, start: match.index, end: match.index + word.length });
  }
  return tokens;
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
  for (const match of text.matchAll(global)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
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
