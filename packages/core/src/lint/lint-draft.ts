import type { Finding, LintRuleId } from "./finding.js";
import { type LintContext, type LintRule, lintFacts } from "./lint-context.js";
import { mayHoldPhrase, PHRASE_GATED_RULES } from "./phrase-gate.js";
import { blanketApology } from "./rules/blanket-apology.js";
import { doOverRequest } from "./rules/do-over-request.js";
import { entitlement } from "./rules/entitlement.js";
import { excuse } from "./rules/excuse.js";
import { grovelling } from "./rules/grovelling.js";
import { interviewerName } from "./rules/interviewer-name.js";
import { nuisanceContact } from "./rules/nuisance-contact.js";
import { placeholder } from "./rules/placeholder.js";
import { repeatApology } from "./rules/repeat-apology.js";
import { secondFollowUp } from "./rules/second-follow-up.js";
import { selfBlame } from "./rules/self-blame.js";
import { tooLong } from "./rules/too-long.js";
import { unnoticedSlip } from "./rules/unnoticed-slip.js";

export const LINT_RULES: Readonly<Record<LintRuleId, LintRule>> = {
  "blanket-apology": blanketApology,
  excuse,
  "unnoticed-slip": unnoticedSlip,
  "repeat-apology": repeatApology,
  "interviewer-name": interviewerName,
  "too-long": tooLong,
  "second-follow-up": secondFollowUp,
  "nuisance-contact": nuisanceContact,
  "do-over-request": doOverRequest,
  grovelling,
  "self-blame": selfBlame,
  entitlement,
  placeholder,
};

const RULES = Object.values(LINT_RULES);

const inTextOrder = (a: Finding, b: Finding): number =>
  a.span.start - b.span.start || a.span.end - b.span.end;

/** Read any draft, generated or hand-edited, against the debrief and the guards. Findings come in text order. */
export function lintDraft(text: string, context: LintContext): Finding[] {
  const facts = lintFacts(text, context.debrief);
  // A loop rather than flatMap, and no sort for the usual none or one finding (sort is stable:
  // the same order either way).
  const findings: Finding[] = [];
  // One scan for the phrases of several rules: without any, those rules are not asked.
  const phrases = mayHoldPhrase(text);
  for (const rule of RULES) {
    if (!phrases && PHRASE_GATED_RULES.has(rule)) continue;
    for (const finding of rule(text, context, facts)) findings.push(finding);
  }
  return findings.length > 1 ? findings.sort(inTextOrder) : findings;
}
