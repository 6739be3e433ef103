import type { LintRule } from "./lint-context.js";
import { ANY_APOLOGY_WORD, blanketApology } from "./rules/blanket-apology.js";
import { DO_OVER, doOverRequest } from "./rules/do-over-request.js";
import { ENTITLEMENT, entitlement } from "./rules/entitlement.js";
import { ANY_EXCUSE_WORD, excuse } from "./rules/excuse.js";
import { GROVELLING, grovelling } from "./rules/grovelling.js";
import { nuisanceContact, REPEATED, VISIT } from "./rules/nuisance-contact.js";
import { repeatApology } from "./rules/repeat-apology.js";
import { SELF_BLAME, selfBlame } from "./rules/self-blame.js";

/**
 * Rules that find nothing in a draft where none of their phrases occurs, with those phrases
 * (all case-insensitive, none with a back-reference). Most drafts hold none of them.
 */
const PHRASE_RULES: readonly (readonly [LintRule, readonly RegExp[]])[] = [
  [blanketApology, [ANY_APOLOGY_WORD]],
  // Flags only sentences holding an apology word; a sentence starts after a non-word character,
  // so a word boundary in the sentence is one in the draft.
  [repeatApology, [ANY_APOLOGY_WORD]],
  [excuse, [ANY_EXCUSE_WORD]],
  [nuisanceContact, [VISIT, REPEATED]],
  [doOverRequest, [DO_OVER]],
  [grovelling, [GROVELLING]],
  [selfBlame, [SELF_BLAME]],
  [entitlement, [ENTITLEMENT]],
];

export const PHRASE_GATED_RULES: ReadonlySet<LintRule> = new Set(
  PHRASE_RULES.map(([rule]) => rule),
);

const WORD_BOUNDARY = String.raw`\b`;

/**
 * Every phrase as one alternation: it matches wherever one of them does, and one scan of a
 * draft costs far less than a scan per phrase. The phrases that start at a word boundary share
 * one `\b` (`\b(?:x)|\b(?:y)` is `\b(?:x|y)`), so the middle of a word is ruled out once.
 */
function anyOf(phrases: readonly RegExp[]): RegExp {
  const atBoundary = phrases.filter((phrase) => phrase.source.startsWith(WORD_BOUNDARY));
  const others = phrases.filter((phrase) => !phrase.source.startsWith(WORD_BOUNDARY));
  const shared = atBoundary.map((phrase) => `(?:${phrase.source.slice(WORD_BOUNDARY.length)})`);
  const alternatives = [
    ...(shared.length === 0 ? [] : [`${WORD_BOUNDARY}(?:${shared.join("|")})`]),
    ...others.map((phrase) => `(?:${phrase.source})`),
  ];
  return new RegExp(alternatives.join("|"), "i");
}

const ANY_PHRASE = anyOf([...new Set(PHRASE_RULES.flatMap(([, phrases]) => phrases))]);

/** False only when no phrase of a gated rule occurs in the text: those rules would find nothing. */
export const mayHoldPhrase = (text: string): boolean => ANY_PHRASE.test(text);
