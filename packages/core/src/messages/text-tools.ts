/**
 * Helpers that make what a person typed safe to drop into a sentence: no placeholder-looking
 * brackets, no runaway length, no doubled punctuation.
 */

/** Brackets and to-do markers in typed text would read as leftover placeholders. */
export function sanitise(text: string): string {
  return text
    .replace(/[{[<]/g, "(")
    .replace(/[}\]>]/g, ")")
    .replace(/\b(TODO|TBD|FIXME|XXX)\b/g, (marker) => marker.toLowerCase())
    .replace(/\s+/g, " ")
    .trim();
}

/** At most `maxWords` words; a cut ends in an ellipsis attached to the last kept word. */
export function clipWords(text: string, maxWords: number): string {
  const words = text.split(" ").filter(Boolean);
  if (words.length <= maxWords) return words.join(" ");
  const kept = words.slice(0, maxWords).join(" ").replace(/[\s.,;:!?-]+$/, "");
  return `${kept}…`;
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
