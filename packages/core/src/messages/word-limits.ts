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

/** Whether a UTF-16 code unit is white space as `\s` means it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Words as a reader counts them: runs of non-space characters (`\S+`, counted without a regex). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const space = isSpace(text.charCodeAt(index));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
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
