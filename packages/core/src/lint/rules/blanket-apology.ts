import type { Finding } from "../finding.js";
import { apologySpans } from "../apology.js";
import { type LintRule, lintFacts } from "../lint-context.js";
import { matchSpans, overlaps, slice } from "../text-scan.js";

const APOLOGY_WORD = String.raw`(?:sorry|apologi[sz]e|apologies|apology)`;
// The apology's object is the whole interview: "sorry for the interview", "apologise for how it went".
const WHOLE_INTERVIEW = new RegExp(
  String.raw`\b${APOLOGY_WORD}\b[^.!?\n]{0,30}?\b(?:for|about)\s+(?:(?:the\s+way|how)\s+)?` +
    String.raw`(?:(?:the|my|our|today's|yesterday's|this|that)\s+)?(?:whole\s+|entire\s+|poor\s+|bad\s+)?` +
    String.raw`(?:interview|performance|meeting|everything|(?:it|things|that)\s+went)\b`,
  "i",
);
// Or its outcome, without "for": "sorry the interview went badly", "sorry it didn't go better",
// "I apologise that I performed so poorly". A slip named inside the interview ("sorry I called
// you Mary during the interview") is specific, so "the interview" alone is not enough.
const WHOLE_OUTCOME = new RegExp(
  String.raw`\b${APOLOGY_WORD}\b\s+(?:that\s+)?(?:(?:(?:the|my|our)\s+interview|it|things)\s+(?:went|was|didn'?t\s+go)\b` +
    String.raw`|I\s+(?:performed|did|interviewed)\s+(?:so\s+|very\s+|rather\s+)?(?:poorly|badly|terribly)\b)`,
  "i",
);
// Apologising profusely in one breath: the intensifier goes, the plain apology stays.
const INTENSIFIED =
  /\b(?:so+|very|terribly|deeply|truly|incredibly|extremely|really|awfully)\s+(?:so\s+|very\s+)?sorry\b/gi;

const CAPITALISED = /^\p{Lu}/u;
// Every apology pattern above holds one of these, starting a word (after \b or \s): a draft
// without any apologises for nothing. The \b lets the scan skip the middle of words.
export const ANY_APOLOGY_WORD = /\b(?:sorry|apolog|forgive me|my bad)/i;

const guard = "no-blanket-apology" as const;

export const blanketApology: LintRule = (text, { debrief }, facts = lintFacts(text, debrief)) => {
  if (!ANY_APOLOGY_WORD.test(text)) return [];
  const findings: Finding[] = [];
  for (const sentence of facts.draft.sentences) {
    const sentenceText = slice(text, sentence);
    if (!WHOLE_INTERVIEW.test(sentenceText) && !WHOLE_OUTCOME.test(sentenceText)) continue;
    findings.push({
      ruleId: "blanket-apology",
      guard,
      span: sentence,
      message: "This apologises for the interview as a whole.",
      suggestion:
        "Leave it out, or apologise in one line for one specific slip the interviewer surely noticed.",
      replacement: "",
    });
  }
  for (const span of matchSpans(text, INTENSIFIED)) {
    if (findings.some((finding) => overlaps(finding.span, span))) continue;
    // Keep the capital when the intensifier opened the sentence ("So sorry..." → "Sorry...").
    const capital = CAPITALISED.test(slice(text, span));
    findings.push({
      ruleId: "blanket-apology",
      guard,
      span,
      message: "An intensified apology reads as apologising profusely.",
      suggestion: 'A plain "sorry" is enough.',
      replacement: capital ? "Sorry" : "sorry",
    });
  }
  // Every apology after the first, once per sentence, unless that text is already flagged.
  const flaggedSentences = new Set<number>();
  for (const span of apologySpans(text).slice(1)) {
    const sentence = facts.draft.sentenceAround(span);
    if (flaggedSentences.has(sentence.start)) continue;
    if (findings.some((finding) => overlaps(finding.span, span))) continue;
    flaggedSentences.add(sentence.start);
    findings.push({
      ruleId: "blanket-apology",
      guard,
      span,
      message:
        "More than one apology: apologising repeatedly makes the slip look bigger than it was.",
      suggestion: "Keep a single one-line apology for one specific slip and cut the others.",
    });
  }
  return findings;
};
