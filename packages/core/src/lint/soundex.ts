const CODES: Readonly<Record<string, string>> = {
  b: "1",
  f: "1",
  p: "1",
  v: "1",
  c: "2",
  g: "2",
  j: "2",
  k: "2",
  q: "2",
  s: "2",
  x: "2",
  z: "2",
  d: "3",
  t: "3",
  l: "4",
  m: "5",
  n: "5",
  r: "6",
};

/**
 * American Soundex ("Mary" and "Marie" → M600, "Mark" → M620): whether two spellings sound alike.
 * Accents are dropped first, so "José" codes like "Jose"; letters outside a–z are ignored.
 */
export function soundex(word: string): string {
  const letters = word
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  const first = letters[0];
  if (first === undefined) return "";
  let code = first.toUpperCase();
  let previous = CODES[first] ?? "";
  for (const letter of letters.slice(1)) {
    const digit = CODES[letter] ?? "";
    // h and w do not separate two equal codes; vowels do.
    if (letter === "h" || letter === "w") continue;
    if (digit !== "" && digit !== previous) code += digit;
    previous = digit;
    if (code.length === 4) break;
  }
  return code.padEnd(4, "0");
}
