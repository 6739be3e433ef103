import type { Span } from "./finding.js";

/** A word of the draft with its character offsets. */
export interface WordToken extends Span {
  word: string;
}

// Letters with inner apostrophes or hyphens ("O'Neill", "Anne-Marie"), so names stay whole.
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

export function wordTokens(text: string): WordToken[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Sentences as spans, split after . ! ? and at line breaks; surrounding whitespace is excluded
 * so that deleting a span removes exactly one sentence.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+["'”’)]*|(?=\n)|$)/g;
  for (const match of text.matchAll(pattern)) {
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
  return [...text.matchAll(global)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The sentence holding a span (or the span itself when it crosses sentences). */
export function sentenceAround(text: string, span: Span): Span {
  return sentenceSpans(text).find((s) => s.start <= span.start && span.end <= s.end) ?? span;
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
