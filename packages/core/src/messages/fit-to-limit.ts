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
  const kept = parts
    .filter((part) => part.text.length > 0)
    .map((part) => ({ ...part, words: countWords(part.text) }));
  let total = kept.reduce((sum, part) => sum + part.words, 0);
  while (total > limit) {
    let victim = -1;
    kept.forEach((part, index) => {
      const best = kept[victim]?.drop;
      if (part.drop !== undefined && (best === undefined || part.drop >= best)) victim = index;
    });
    const [dropped] = victim === -1 ? [] : kept.splice(victim, 1);
    if (dropped === undefined) return null;
    total -= dropped.words;
  }
  return kept.map((part) => part.text).join(separator);
}
