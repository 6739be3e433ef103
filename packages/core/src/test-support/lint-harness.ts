import { applyFix } from "../lint/apply-fix.js";
import type { Finding, LintRuleId } from "../lint/finding.js";
import type { LintContext } from "../lint/lint-context.js";
import { LINT_RULES } from "../lint/lint-draft.js";
import type { Channel } from "../plan/ids.js";
import { type DebriefOverrides, testDebrief } from "./test-debrief.js";

export interface LintCase {
  overrides?: DebriefOverrides;
  channel?: Channel;
  templateId?: LintContext["templateId"];
  wordLimit?: number;
}

/** One rule's findings on a text, for a test debrief (an email unless told). */
export function findingsOf(ruleId: LintRuleId, text: string, options: LintCase = {}): Finding[] {
  const context: LintContext = {
    debrief: testDebrief(options.overrides),
    channel: options.channel ?? "email",
    ...(options.templateId === undefined ? {} : { templateId: options.templateId }),
    ...(options.wordLimit === undefined ? {} : { wordLimit: options.wordLimit }),
  };
  return LINT_RULES[ruleId](text, context);
}

/** The text each finding points at: what a reader would see highlighted. */
export const flaggedText = (text: string, findings: readonly Finding[]): string[] =>
  findings.map((finding) => text.slice(finding.span.start, finding.span.end));

/** The text after applying every fix, last span first so earlier offsets stay valid. */
export function fixAll(text: string, findings: readonly Finding[]): string {
  return [...findings]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((current, finding) => applyFix(current, finding), text);
}
