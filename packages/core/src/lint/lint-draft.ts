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

/**
 * The rules about what words say (apologies, excuses, blame, pressure, slips the interviewer may
 * have missed), without those about a whole draft (its length, its names, leftover placeholders, a
 * follow-up's timing): what words the person typed for a reader must pass before a draft uses them.
 */
const CONTENT_RULES: readonly LintRule[] = RULES.filter(
  (rule) =>
    rule !== LINT_RULES["too-long"] &&
    rule !== LINT_RULES["interviewer-name"] &&
    rule !== LINT_RULES.placeholder &&
    rule !== LINT_RULES["second-follow-up"],
);

/** Read any draft, generated or hand-edited, against the debrief and the guards. Findings come in text order. */
export function lintDraft(text: string, context: LintContext): Finding[] {
  return lintWith(RULES, text, context);
}

/** Whether words typed for a reader say nothing the content rules flag (see `CONTENT_RULES`). */
export function passesContentRules(text: string, context: LintContext): boolean {
  return lintWith(CONTENT_RULES, text, context).length === 0;
}

function lintWith(rules: readonly LintRule[], text: string, context: LintContext): Finding[] {
  const facts = lintFacts(text, context.debrief);
  // A loop rather than flatMap, and no sort for the usual none or one finding (sort is stable:
  // the same order either way).
  const findings: Finding[] = [];
  // One scan for the phrases of several rules: without any, those rules are not asked.
  const phrases = mayHoldPhrase(text);
  for (const rule of rules) {
    if (!phrases && PHRASE_GATED_RULES.has(rule)) continue;
    for (const finding of rule(text, context, facts)) findings.push(finding);
  }
  return findings.length > 1 ? findings.sort(inTextOrder) : findings;
}
