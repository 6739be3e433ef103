import { isSpace } from "./word-limits.js";

/**
 * Helpers that make what a person typed fit a sentence: no runaway length, no doubled
 * punctuation. The words themselves stay as typed ("<img src=x onerror=alert(1)>" is plain text;
 * escaping it is the UI's job), and the linter knows them for the person's own.
 */

/**
 * "{{" and "}}" are the one mark every reader takes for an unfilled slot, and have no meaning in a
 * letter, so typed ones become "((" and "))". Every other character stays as typed.
 */
export function softenSlotBraces(text: string): string {
  return text.includes("{{") || text.includes("}}")
    ? text.replace(/\{\{/g, "((").replace(/\}\}/g, "))")
    : text;
}

/** Trailing punctuation a cut word loses before the cut mark. */
const isCutPunctuation = (code: number): boolean =>
  code === 0x2e ||
  code === 0x2c ||
  code === 0x3b ||
  code === 0x3a ||
  code === 0x21 ||
  code === 0x3f ||
  code === 0x2d; // . , ; : ! ? -

/**
 * Typed text on one line, at most `maxWords` words: runs of whitespace (line breaks included)
 * become one space. A cut ends in `cutMark` attached to the last kept word. Reads only as far
 * as it keeps, so a long note costs no more than a short one. One pass over code units (`\s` as
 * the regex reads it); text already on one line and short enough comes back as the same string.
 */
export function firstWords(text: string, maxWords: number, cutMark = "…"): string {
  // While `asTyped`, the kept words are `text` up to `keptEnd` (no leading space, single spaces
  // between words) and `out` stays unbuilt; past the first irregular gap, `out` holds them.
  let asTyped = true;
  let out = "";
  let keptEnd = 0;
  let words = 0;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const gapStart = index;
    while (index < length && isSpace(text.charCodeAt(index))) index += 1;
    const irregular =
      index === length ||
      (words === 0
        ? index !== gapStart
        : index - gapStart !== 1 || text.charCodeAt(gapStart) !== 0x20);
    if (asTyped && irregular && index > gapStart) {
      asTyped = false;
      out = text.slice(0, keptEnd);
    }
    if (index === length) break;
    const wordStart = index;
    while (index < length && !isSpace(text.charCodeAt(index))) index += 1;
    if (words === maxWords) return withCutMark(asTyped ? text.slice(0, keptEnd) : out, cutMark);
    if (!asTyped)
      out = words === 0 ? text.slice(wordStart, index) : `${out} ${text.slice(wordStart, index)}`;
    keptEnd = index;
    words += 1;
  }
  return asTyped ? text : out;
}

function withCutMark(kept: string, cutMark: string): string {
  let end = kept.length;
  while (end > 0 && isCutPunctuation(kept.charCodeAt(end - 1))) end -= 1;
  return `${kept.slice(0, end)}${cutMark}`;
}

/** Trailing characters `inline` drops: white space and sentence punctuation (not "-"). */
const isInlineTrail = (code: number): boolean =>
  isSpace(code) || (code !== 0x2d && isCutPunctuation(code));

/** For use mid-sentence: drop trailing sentence punctuation (and white space). */
export function inline(text: string): string {
  let end = text.length;
  while (end > 0 && isInlineTrail(text.charCodeAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

export function pick<T>(tone: "formal" | "warm", formal: T, warm: T): T {
  return tone === "formal" ? formal : warm;
}
