import type { DraftPart } from "./template-definition.js";
import { countWords } from "./word-limits.js";

/**
 * Join the parts within `limit` words, dropping optional parts while too long: the highest `drop`
 * first (the later part on a tie). Returns null when even the essential parts are too long.
 */
export function fitToLimit(
  parts: readonly DraftPart[],
  separator: string,
  limit: number,
): string | null {
  const kept = parts.filter((part) => part.text.length > 0);
  const words = kept.map((part) => countWords(part.text));
  let total = 0;
  for (const count of words) total += count;
  while (total > limit) {
    let victim = -1;
    let best: number | undefined;
    for (let index = 0; index < kept.length; index++) {
      const drop = kept[index]?.drop;
      if (drop !== undefined && (best === undefined || drop >= best)) {
        victim = index;
        best = drop;
      }
    }
    if (victim === -1) return null;
    kept.splice(victim, 1);
    total -= words.splice(victim, 1)[0] ?? 0;
  }
  return kept.map((part) => part.text).join(separator);
}
