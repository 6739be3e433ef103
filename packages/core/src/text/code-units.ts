/**
 * How many UTF-16 code units the code point at `index` takes: 2 for a surrogate pair, 1
 * otherwise (a lone surrogate counts as a code point of its own, as `Array.from` reads it).
 */
export function codeUnitsAt(text: string, index: number): 1 | 2 {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}
