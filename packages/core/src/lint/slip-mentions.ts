import type { SlipKind, SlipUp } from "../debrief/slip-up.js";
import type { Span } from "./finding.js";
import { sentenceSpans, slice, wordTokens } from "./text-scan.js";
import { distinctiveStems, stem } from "./vocabulary.js";

/** Words that name each kind of slip-up even when the person's own description is not repeated. */
export const SLIP_KIND_KEYWORDS: Readonly<Record<SlipKind, RegExp | null>> = {
  "wrong-name":
    /\b(?:wrong name|name wrong|misnamed|mixed up (?:your|the|our) names?|called you)\b/i,
  "off-target-answer":
    /\b(?:off[- ]target|off[- ]topic|rambl(?:ed|ing)|went off on a tangent|missed the (?:mark|point))\b/i,
  "misunderstood-question":
    /\b(?:misunderst(?:ood|anding)|misheard|misread (?:the|your) question)\b/i,
  blanked: /\b(?:blanked|went blank|mind (?:went|was) blank|drew a blank|froze)\b/i,
  late: /\b(?:arriv(?:ed|ing) late|being late|was late|running late|late arrival|lateness|tardiness)\b/i,
  attire:
    /\b(?:my (?:outfit|attire|clothes|clothing)|underdressed|overdressed|dressed (?:too|so|inappropriately|casually))\b/i,
  nerves: /\b(?:nervous|nerves|anxious|shaking|shaky)\b/i,
  "inappropriate-question":
    /\b(?:inappropriate|my question about (?:salary|pay|holidays?|vacation|benefits|perks))\b/i,
  "physical-mishap": /\b(?:spill(?:ed|t|ing)?|knocked over|dropped|tripped|stumbled)\b/i,
  other: null,
};

export interface MentionExclusions {
  /** Stems that never count as a mention (the debrief's own vocabulary, other slips). */
  stems: ReadonlySet<string>;
  /** Kinds whose keywords never count (another slip of that kind may be the one meant). */
  kinds: ReadonlySet<SlipKind>;
}

/**
 * A keyword counts unless all its words are excluded ones: the person's own words (a company
 * called "Spill Studio", a forgotten point about "anxious clients") never mention a slip.
 */
function keywordMentions(
  sentence: string,
  keyword: RegExp,
  excluded: ReadonlySet<string>,
): boolean {
  if (!keyword.test(sentence)) return false;
  const everyMatch = new RegExp(keyword.source, `${keyword.flags}g`);
  for (const match of sentence.matchAll(everyMatch)) {
    const stems = [...distinctiveStems(match[0])];
    if (stems.length === 0 || stems.some((value) => !excluded.has(value))) return true;
  }
  return false;
}

/**
 * The sentences that mention a slip: two of its distinctive words in one sentence (one when it
 * only has one), or a keyword for its kind. Two words, not one, keeps false alarms low: "water"
 * alone does not mention "spilled water".
 */
export function sentencesMentioningSlip(
  text: string,
  slip: SlipUp,
  exclusions: MentionExclusions,
): Span[] {
  const wanted = [...distinctiveStems(slip.what)].filter((value) => !exclusions.stems.has(value));
  const needed = Math.min(2, wanted.length);
  const keyword = exclusions.kinds.has(slip.kind) ? null : SLIP_KIND_KEYWORDS[slip.kind];
  return sentenceSpans(text).filter((sentence) => {
    const sentenceText = slice(text, sentence);
    if (keyword !== null && keywordMentions(sentenceText, keyword, exclusions.stems)) return true;
    if (needed === 0) return false;
    const present = new Set(wordTokens(sentenceText).map((token) => stem(token.word)));
    return wanted.filter((value) => present.has(value)).length >= needed;
  });
}
