import type { Finding } from "../finding.js";
import { type LintRule, lintFacts } from "../lint-context.js";
import { matchSpans, slice, withoutOverlaps } from "../text-scan.js";
import { distinctiveStems } from "../vocabulary.js";

const EXCUSES: readonly RegExp[] = [
  /\bbecause I was\b[^.!?\n,;]*/gi,
  /\b(?:I was|I'm|I am|I felt|I was feeling|I had been)\s+(?:also\s+|just\s+|still\s+)?(?:so\s+|very\s+|really\s+|quite\s+|too\s+|extremely\s+|a\s+(?:bit|little)\s+)?(?:tired|exhausted|jet-?lagged|sleepy|sleep-deprived|hungover|nervous)\b(?!\s+of\b)/gi,
  // "The traffic was kind to you" is small talk; blaming the traffic is the excuse.
  /\b(?:stuck in|heavy|bad|terrible|awful|because of(?: the)?|due to(?: the)?)\s+traffic\b|\btraffic\s+(?:was\s+(?:so\s+|really\s+)?(?:bad|terrible|awful|heavy|a nightmare)|jam|made me|held me up|delayed me)\b/gi,
  /\b(?:because of|due to|blamed? (?:it )?on)\s+(?:my\s+)?nerves\b|\bmy nerves got the better of me\b/gi,
  /\b(?:my alarm didn'?t go off|I overslept|didn'?t sleep|(?:couldn'?t|could not) sleep|didn'?t have time to prepare)\b/gi,
];

// Every match of every pattern above holds one of these words, each starting a word (after \b or
// \s): a draft without any has no excuse. The \b lets the scan skip the middle of words.
export const ANY_EXCUSE_WORD =
  /\b(?:because I was|tired|exhausted|jet-?lagged|sleep|hungover|nervous|traffic|nerves|alarm|overslept|prepare)/i;

/** A disclosed, real circumstance is context, not an excuse: sentences about it are left alone. */
function isAboutDisclosedCircumstance(
  sentence: string,
  circumstanceStems: ReadonlySet<string>,
): boolean {
  if (circumstanceStems.size === 0) return false;
  return [...distinctiveStems(sentence)].some((value) => circumstanceStems.has(value));
}

export const excuse: LintRule = (text, { debrief }, facts = lintFacts(text, debrief)) => {
  if (!ANY_EXCUSE_WORD.test(text)) return [];
  const circumstanceStems = facts.debrief.circumstanceStems;
  // Patterns overlap ("Because I was stuck in traffic"): the earliest, widest match speaks for all.
  const spans = EXCUSES.flatMap((pattern) => matchSpans(text, pattern))
    .filter(
      (span) =>
        !isAboutDisclosedCircumstance(
          slice(text, facts.draft.sentenceAround(span)),
          circumstanceStems(),
        ),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return withoutOverlaps(spans).map((span): Finding => ({
    ruleId: "excuse",
    guard: "no-excuses",
    span,
    message: "This reads as an excuse (tiredness, traffic, nerves...).",
    suggestion:
      "Take responsibility without a reason attached; interviewers respect ownership more than explanations.",
  }));
};
