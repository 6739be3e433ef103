import type { Channel } from "../plan/ids.js";

/**
 * How many words a draft may have on each channel. A thank-you email stays brief (one screen),
 * a handwritten note fits a card, talking points fit a ten-minute call.
 */
export const WORD_LIMITS: Readonly<Record<Channel, number>> = {
  email: 220,
  "handwritten-note": 100,
  phone: 200,
  self: 400,
};

const WORD = /\S+/g;

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The offset where word number `index` (0-based) starts, or undefined past the end. */
export function wordStartOffset(text: string, index: number): number | undefined {
  let seen = 0;
  for (const match of text.matchAll(WORD)) {
    if (seen === index) return match.index;
    seen++;
  }
  return undefined;
}
