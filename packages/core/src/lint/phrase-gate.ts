import type { LintRule } from "./lint-context.js";
import { ANY_APOLOGY_WORD, blanketApology } from "./rules/blanket-apology.js";
import { DO_OVER, doOverRequest } from "./rules/do-over-request.js";
import { ENTITLEMENT, entitlement } from "./rules/entitlement.js";
import { ANY_EXCUSE_WORD, excuse } from "./rules/excuse.js";
import { GROVELLING, grovelling } from "./rules/grovelling.js";
import { nuisanceContact, REPEATED, VISIT } from "./rules/nuisance-contact.js";

/**
 * Rules that find nothing in a draft where none of their phrases occurs, with those phrases
 * (all case-insensitive, none with a back-reference). Most drafts hold none of them.
 */
const PHRASE_RULES: readonly (readonly [LintRule, readonly RegExp[]])[] = [
  [blanketApology, [ANY_APOLOGY_WORD]],
  [excuse, [ANY_EXCUSE_WORD]],
  [nuisanceContact, [VISIT, REPEATED]],
  [doOverRequest, [DO_OVER]],
  [grovelling, [GROVELLING]],
  [entitlement, [ENTITLEMENT]],
];

export const PHRASE_GATED_RULES: ReadonlySet<LintRule> = new Set(PHRASE_RULES.map(([rule]) => rule));

// Every phrase as one alternation: it matches wherever one of them does, and one scan of a
// draft costs about a third of scanning it once per phrase.
const ANY_PHRASE = new RegExp(
  PHRASE_RULES.flatMap(([, phrases]) => phrases.map((phrase) => `(?:${phrase.source})`)).join("|"),
  "i",
);

/** False only when no phrase of a gated rule occurs in the text: those rules would find nothing. */
export const mayHoldPhrase = (text: string): boolean => ANY_PHRASE.test(text);
