import { codeUnitsAt } from "./code-units.js";

/**
 * The longest start of `text` that fits in `max` UTF-16 code units (what zod's `.max` counts)
 * without cutting a surrogate pair in half.
 */
export function clipToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  while (end < text.length) {
    const next = end + codeUnitsAt(text, end);
    if (next > max) break;
    end = next;
  }
  return text.slice(0, end);
}
