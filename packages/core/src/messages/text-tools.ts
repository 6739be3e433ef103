/**
 * Helpers that make what a person typed safe to drop into a sentence: nothing that reads as a
 * placeholder, no runaway length, no doubled punctuation.
 */

/**
 * Run over a whole rendered draft (templates hold no brackets, so anything caught came from typed
 * text, alone or joined with its neighbours): what would read as a leftover placeholder is
 * softened, "{{" and "}}", a bracketed word such as "[name]" or "<company>", to-do markers.
 * Everything else stays as typed: "<img src=x onerror=alert(1)>" is plain text, and escaping it
 * is the UI's job.
 */
export function neutralisePlaceholders(text: string): string {
  if (!MAY_HOLD_PLACEHOLDER.test(text)) return text;
  return text
    .replace(/\{\{/g, "((")
    .replace(/\}\}/g, "))")
    .replace(/\[([A-Za-z][^[\]\n]{0,60})\]/g, "($1)")
    .replace(/<([A-Za-z][A-Za-z _'-]{0,60})>/g, "($1)")
    .replace(/\b(TODO|TBD|FIXME|XXX)\b/g, (marker) => marker.toLowerCase());
}

const MAY_HOLD_PLACEHOLDER = /[{}[<]|TODO|TBD|FIXME|XXX/;

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
