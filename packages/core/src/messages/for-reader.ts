import type { Debrief } from "../debrief/debrief.js";
import { containsApology } from "../lint/apology.js";
import { passesContentRules } from "../lint/lint-draft.js";
import { wordTokens } from "../lint/text-scan.js";
import { countWords } from "./word-limits.js";

const PRINTABLE = /[\p{L}\p{N}]/u;
// Placeholders and markup left in what was typed ("{{fill me in}}", "[Name]", "<b>", "TODO").
const LEFTOVER = /\{\{|\}\}|\[[^\]\n]*\]|<[^>\n]*>|\b(?:TODO|TBD|FIXME|XXX)\b/;

export interface ForReaderOptions {
  /** Longer than this (never cut with "…"), the words are not used at all. */
  maxWords?: number;
  /** Only a slip's own words may apologise: anywhere else an apology would be a second one. */
  mayApologise?: boolean;
}

/** Whether the text repeats a name said by mistake in the interview ("Mary" for Marie). */
function repeatsWrongName(text: string, debrief: Debrief): boolean {
  const wrong = debrief.slips.flatMap((slip) =>
    slip.saidInstead === undefined
      ? []
      : wordTokens(slip.saidInstead).map((token) => token.word.toLowerCase()),
  );
  if (wrong.length === 0) return false;
  return wordTokens(text).some((token) => wrong.includes(token.word.toLowerCase()));
}

/**
 * Words the person wrote for a reader, when they may go into a draft exactly as typed: something
 * printable, short enough to keep whole, no leftover placeholder or markup, never a wrong name
 * said in the interview, and clean by
 * every content rule of the linter on their own (no self-blame, no excuse, no grovelling, no
 * mention of a slip the interviewer may have missed). Otherwise null, and the draft says it in
 * our own neutral words instead.
 */
export function forReader(
  text: string | undefined,
  debrief: Debrief,
  { maxWords = Number.POSITIVE_INFINITY, mayApologise = false }: ForReaderOptions = {},
): string | null {
  if (text === undefined || !PRINTABLE.test(text) || LEFTOVER.test(text)) return null;
  if (countWords(text) > maxWords) return null;
  if (!mayApologise && containsApology(text)) return null;
  if (repeatsWrongName(text, debrief)) return null;
  return passesContentRules(text, { debrief, channel: "email" }) ? text : null;
}
