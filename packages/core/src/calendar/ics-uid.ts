/**
 * Deterministic UIDs: no randomness, so exporting the same plan twice gives the same file,
 * and re-importing a re-chosen plan for the same interview updates the events instead of
 * duplicating them.
 */

/** 32-bit FNV-1a over UTF-16 code units, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const hex = (value: number): string => value.toString(16).padStart(8, "0");

/** A 64-bit hex digest made of two FNV-1a passes with different bases: short, stable, pure. */
export function stableDigest(text: string): string {
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f));
}

/** A UID for one reminder, e.g. `rebound-thank-you-email-1a2b3c4d5e6f7a8b@rebound`. */
export function reminderUid(key: string, parts: readonly string[]): string {
  // JSON keeps the parts apart unambiguously: ["a,b","c"] and ["a","b,c"] differ.
  return `rebound-${key}-${stableDigest(JSON.stringify(parts))}@rebound`;
}
