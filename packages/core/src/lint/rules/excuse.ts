import type { Finding } from "../finding.js";
import type { LintRule } from "../lint-context.js";
import { matchSpans, sentenceAround, slice } from "../text-scan.js";
import { distinctiveStems } from "../vocabulary.js";

const EXCUSES: readonly RegExp[] = [
  /\bbecause I was\b[^.!?\n,;]*/gi,
  /\b(?:I was|I'm|I am|I felt|I was feeling|I had been)\s+(?:so\s+|very\s+|really\s+|quite\s+|too\s+|extremely\s+|a\s+(?:bit|little)\s+)?(?:tired|exhausted|jet-?lagged|sleepy|sleep-deprived|hungover|nervous)\b(?!\s+of\b)/gi,
  /\b(?:stuck in|heavy|bad|terrible|awful|because of(?: the)?|due to(?: the)?)\s+traffic\b|\btraffic\s+(?:was|jam|made|held|delayed)\b/gi,
  /\b(?:because of|due to|blamed? (?:it )?on)\s+(?:my\s+)?nerves\b|\bmy nerves got the better of me\b/gi,
  /\b(?:my alarm didn'?t go off|I overslept|didn'?t sleep|(?:couldn'?t|could not) sleep|didn'?t have time to prepare)\b/gi,
];

/** A disclosed, real circumstance is context, not an excuse: sentences about it are left alone. */
function isAboutDisclosedCircumstance(
  sentence: string,
  circumstanceStems: ReadonlySet<string>,
): boolean {
  if (circumstanceStems.size === 0) return false;
  return [...distinctiveStems(sentence)].some((value) => circumstanceStems.has(value));
}

export const excuse: LintRule = (text, { debrief }) => {
  const circumstance = debrief.circumstance;
  const circumstanceStems =
    circumstance?.disclose === true
      ? distinctiveStems(circumstance.description)
      : new Set<string>();
  const findings: Finding[] = [];
  const seen = new Set<number>();
  for (const pattern of EXCUSES) {
    for (const span of matchSpans(text, pattern)) {
      if (seen.has(span.start)) continue;
      if (isAboutDisclosedCircumstance(slice(text, sentenceAround(text, span)), circumstanceStems))
        continue;
      seen.add(span.start);
      findings.push({
        ruleId: "excuse",
        guard: "no-excuses",
        span,
        message: "This reads as an excuse (tiredness, traffic, nerves...).",
        suggestion:
          "Take responsibility without a reason attached; interviewers respect ownership more than explanations.",
      });
    }
  }
  return findings;
};
