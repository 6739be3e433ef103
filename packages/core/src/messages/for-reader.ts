import type { Debrief } from "../debrief/debrief.js";
import { containsApology } from "../lint/apology.js";
import { lintDraft } from "../lint/lint-draft.js";
import { countWords } from "./word-limits.js";

const PRINTABLE = /[\p{L}\p{N}]/u;

export interface ForReaderOptions {
  /** Longer than this (never cut with "…"), the words are not used at all. */
  maxWords?: number;
  /** Only a slip's own words may apologise: anywhere else an apology would be a second one. */
  mayApologise?: boolean;
}

/**
 * Words the person wrote for a reader, when they may go into a draft exactly as typed: something
 * printable, short enough to keep whole, and clean by every rule of the linter on their own (no
 * self-blame, no excuse, no grovelling, no mention of a slip the interviewer may have missed).
 * Otherwise null, and the draft says it in our own neutral words instead.
 */
export function forReader(
  text: string | undefined,
  debrief: Debrief,
  { maxWords = Number.POSITIVE_INFINITY, mayApologise = false }: ForReaderOptions = {},
): string | null {
  if (text === undefined || !PRINTABLE.test(text)) return null;
  if (countWords(text) > maxWords) return null;
  if (!mayApologise && containsApology(text)) return null;
  return lintDraft(text, { debrief, channel: "email" }).length === 0 ? text : null;
}
