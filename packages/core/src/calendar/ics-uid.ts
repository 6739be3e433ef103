/**
 * Deterministic UIDs: no randomness, so exporting the same plan twice gives the same file,
 * and re-importing a re-chosen plan for the same interview updates the events instead of
 * duplicating them.
 */

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

/** A 64-bit hex digest made of two 32-bit FNV-1a hashes (over UTF-16 code units) with different bases: short, stable, pure. */
export function stableDigest(text: string): string {
  // Both passes in one loop over the text.
  let first = 0x811c9dc5;
  let second = 0x050c5d1f;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193);
  }
  return hex8(first >>> 0) + hex8(second >>> 0);
}

/** A UID for one reminder, e.g. `rebound-thank-you-email-1a2b3c4d5e6f7a8b@rebound`. */
export function reminderUid(key: string, parts: readonly string[]): string {
  // JSON keeps the parts apart unambiguously: ["a,b","c"] and ["a","b,c"] differ.
  return `rebound-${key}-${stableDigest(JSON.stringify(parts))}@rebound`;
}
