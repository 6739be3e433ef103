import type { DraftPart } from "./template-definition.js";
import { countWords } from "./word-limits.js";

// Marks a part that is out of the draft: empty from the start, or dropped to fit.
const OUT = -1;

/**
 * Join the parts within `limit` words, dropping optional parts while too long: the highest `drop`
 * first (the later part on a tie). Returns null when even the essential parts are too long.
 * Each part's words are counted once; dropping marks a part out instead of copying the list.
 */
export function fitToLimit(
  parts: readonly DraftPart[],
  separator: string,
  limit: number,
): string | null {
  const words: number[] = [];
  let total = 0;
  for (const part of parts) {
    const count = part.text.length > 0 ? countWords(part.text) : OUT;
    words.push(count);
    if (count !== OUT) total += count;
  }
  while (total > limit) {
    let victim = -1;
    let best: number | undefined;
    for (let index = 0; index < parts.length; index++) {
      const drop = parts[index]?.drop;
      if (drop !== undefined && words[index] !== OUT && (best === undefined || drop >= best)) {
        victim = index;
        best = drop;
      }
    }
    if (victim === -1) return null;
    total -= words[victim] ?? 0;
    words[victim] = OUT;
  }
  let body = "";
  let first = true;
  for (let index = 0; index < parts.length; index++) {
    if (words[index] === OUT) continue;
    body = first ? (parts[index]?.text ?? "") : `${body}${separator}${parts[index]?.text ?? ""}`;
    first = false;
  }
  return body;
}
