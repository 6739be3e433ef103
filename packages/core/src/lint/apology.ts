import type { Span } from "./finding.js";
import { matchSpans } from "./text-scan.js";

// "Sorry to hear" is sympathy, not an apology.
const APOLOGY =
  /\b(?:sorry(?!\s+to\s+(?:hear|see|learn))|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|forgive me|my bad)\b/gi;

/** Every apology word in the text ("sorry", "apologise", "apologies"...). */
export function apologySpans(text: string): Span[] {
  return matchSpans(text, APOLOGY);
}

export function containsApology(text: string): boolean {
  return apologySpans(text).length > 0;
}
