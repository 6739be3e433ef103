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

const FNV_PRIME = 0x01000193;

/** Two 32-bit FNV-1a hash states with different offset bases, carried over UTF-16 code units. */
interface HashPair {
  first: number;
  second: number;
}

const BASES: HashPair = { first: 0x811c9dc5, second: 0x050c5d1f };

/** Both hashes continued over `text`, in one loop. */
function continued({ first, second }: HashPair, text: string): HashPair {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, FNV_PRIME);
    second = Math.imul(second ^ code, FNV_PRIME);
  }
  return { first, second };
}

const digestOf = ({ first, second }: HashPair): string => hex8(first >>> 0) + hex8(second >>> 0);

/** A 64-bit hex digest made of two 32-bit FNV-1a hashes (over UTF-16 code units) with different bases: short, stable, pure. */
export function stableDigest(text: string): string {
  return digestOf(continued(BASES, text));
}

/** A UID for one reminder, e.g. `rebound-thank-you-email-1a2b3c4d5e6f7a8b@rebound`. */
export function reminderUid(key: string, parts: readonly string[]): string {
  // JSON keeps the parts apart unambiguously: ["a,b","c"] and ["a","b,c"] differ.
  return `rebound-${key}-${stableDigest(JSON.stringify(parts))}@rebound`;
}

/**
 * `reminderUid(key, [...leading, ...trailing])` for the reminders of one calendar, which share
 * their leading parts (interview end, organisation): the shared start of the JSON is hashed once.
 */
export function reminderUidsWith(
  leading: readonly string[],
): (key: string, trailing: readonly string[]) => string {
  const shared = continued(BASES, JSON.stringify(leading).slice(0, -1)); // without the closing "]"
  return (key, trailing) => {
    const rest = JSON.stringify(trailing);
    // "[a" + ",b]" is ["a","b"]; with nothing on one side, no comma between.
    const suffix =
      leading.length === 0 ? rest.slice(1) : trailing.length === 0 ? "]" : `,${rest.slice(1)}`;
    return `rebound-${key}-${digestOf(continued(shared, suffix))}@rebound`;
  };
}
