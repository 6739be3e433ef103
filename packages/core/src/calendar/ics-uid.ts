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

const HEX_DIGITS = "0123456789abcdef";

/**
 * An unsigned 32-bit value as eight lower-case hex digits: `value.toString(16).padStart(8, "0")`
 * written out, as radix conversion goes through V8's general number formatting.
 */
export function hex8(value: number): string {
  let digits = "";
  for (let shift = 28; shift >= 0; shift -= 4) digits += HEX_DIGITS.charAt((value >>> shift) & 15);
  return digits;
}

/** A 64-bit hex digest made of two FNV-1a passes with different bases: short, stable, pure. */
export function stableDigest(text: string): string {
  return hex8(fnv1a(text, 0x811c9dc5)) + hex8(fnv1a(text, 0x050c5d1f));
}

/** A UID for one reminder, e.g. `rebound-thank-you-email-1a2b3c4d5e6f7a8b@rebound`. */
export function reminderUid(key: string, parts: readonly string[]): string {
  // JSON keeps the parts apart unambiguously: ["a,b","c"] and ["a","b,c"] differ.
  return `rebound-${key}-${stableDigest(JSON.stringify(parts))}@rebound`;
}
