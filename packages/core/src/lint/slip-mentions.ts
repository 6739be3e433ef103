import type { SlipKind, SlipUp } from "../debrief/slip-up.js";
import type { Span } from "./finding.js";
import type { DraftText } from "./draft-text.js";
import { slice } from "./text-scan.js";
import { distinctiveStems } from "./vocabulary.js";

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

// The same keywords, global, to look at each match in turn.
const EVERY_KEYWORD_MATCH: Readonly<Partial<Record<SlipKind, RegExp>>> = Object.fromEntries(
  Object.entries(SLIP_KIND_KEYWORDS).flatMap(([kind, keyword]) =>
    keyword === null ? [] : [[kind, new RegExp(keyword.source, `${keyword.flags}g`)]],
  ),
);

/**
 * A keyword counts unless all its words are excluded ones: the person's own words (a company
 * called "Spill Studio", a forgotten point about "anxious clients") never mention a slip.
 */
function keywordMentions(
  sentence: string,
  keyword: RegExp,
  isExcluded: (stem: string) => boolean,
): boolean {
  for (const match of sentence.matchAll(keyword)) {
    const stems = [...distinctiveStems(match[0])];
    if (stems.length === 0 || stems.some((value) => !isExcluded(value))) return true;
  }
  return false;
}

/** What to look for in a draft to find one slip-up mentioned, worked out once per debrief. */
export interface SlipProbe {
  slip: SlipUp;
  /** The slip's own distinctive stems, before any exclusion. */
  stems: readonly string[];
  /** The kind's keywords (global), unless the kind is excluded or has none. */
  keyword: RegExp | null;
  /** Whether a stem never counts as a mention (asked only once a draft might mention the slip). */
  isExcluded: (stem: string) => boolean;
  /** The stems that are not excluded, worked out on first need (see `wantedStems`). */
  wanted?: readonly string[];
}

/** `stems` are the slip's distinctive stems (`distinctiveStems(slip.what)`). */
export function slipProbe(
  slip: SlipUp,
  stems: ReadonlySet<string>,
  excludedKinds: ReadonlySet<SlipKind>,
  isExcluded: (stem: string) => boolean,
): SlipProbe {
  return {
    slip,
    stems: [...stems],
    keyword: excludedKinds.has(slip.kind) ? null : (EVERY_KEYWORD_MATCH[slip.kind] ?? null),
    isExcluded,
  };
}

/** The probe's stems that are not excluded: asked of the debrief once, whatever the drafts. */
const wantedStems = (probe: SlipProbe): readonly string[] =>
  (probe.wanted ??= probe.stems.filter((value) => !probe.isExcluded(value)));

/**
 * The sentences that mention a slip: two of its distinctive words in one sentence (one when it
 * only has one), or a keyword for its kind. Two words, not one, keeps false alarms low: "water"
 * alone does not mention "spilled water".
 */
export function sentencesMentioningSlip(draft: DraftText, probe: SlipProbe): Span[] {
  const { keyword, isExcluded } = probe;
  // A keyword or a word found in a sentence is found in the whole draft: when the draft has
  // neither (the usual case for a generated draft), no sentence needs looking at.
  const keywordInDraft = keyword !== null && draft.matches(keyword);
  // How many wanted words the draft may hold: exclusion is asked only of the words it may hold.
  let wantedInDraft = 0;
  for (const value of probe.stems)
    if (draft.mayHaveStem(value) && !isExcluded(value)) wantedInDraft += 1;
  // A sentence holding `needed` wanted words needs the draft to hold them too: with none, or
  // with one where two are needed, no sentence mentions the slip by its words.
  if (!keywordInDraft && wantedInDraft === 0) return [];
  const wanted = wantedStems(probe);
  const needed = Math.min(2, wanted.length);
  if (!keywordInDraft && wantedInDraft < needed) return [];
  return draft.sentences.filter((sentence, index) => {
    if (keywordInDraft && keywordMentions(slice(draft.text, sentence), keyword, isExcluded))
      return true;
    if (needed === 0) return false;
    const present = draft.sentenceStems(index);
    let found = 0;
    for (const value of wanted) if (present.has(value) && ++found >= needed) return true;
    return false;
  });
}
