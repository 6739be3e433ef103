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

// Shared and reset before each use: one scan per call, nothing kept between calls.
const WORD_RUN = /\S+/g;

/**
 * Typed text on one line, at most `maxWords` words: runs of whitespace (line breaks included)
 * become one space. A cut ends in `cutMark` attached to the last kept word. Reads only as far
 * as it keeps, so a long note costs no more than a short one.
 */
export function firstWords(text: string, maxWords: number, cutMark = "…"): string {
  const words: string[] = [];
  WORD_RUN.lastIndex = 0;
  for (let match = WORD_RUN.exec(text); match !== null; match = WORD_RUN.exec(text)) {
    if (words.length === maxWords) return `${words.join(" ").replace(/[.,;:!?-]+$/, "")}${cutMark}`;
    words.push(match[0]);
  }
  return words.join(" ");
}

/** For use mid-sentence: drop trailing sentence punctuation. */
export function inline(text: string): string {
  return text.replace(/[\s.,;:!?]+$/, "");
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

export function pick<T>(tone: "formal" | "warm", formal: T, warm: T): T {
  return tone === "formal" ? formal : warm;
}
