import type { Finding } from "../finding.js";
import { type LintRule, lintFacts } from "../lint-context.js";
import { sentencesMentioningSlip } from "../slip-mentions.js";

// A mention that fits a surely-noticed slip just as well is given the benefit of the doubt
// (see `DebriefFacts.unnoticedSlips`).
export const unnoticedSlip: LintRule = (text, { debrief }, facts = lintFacts(text, debrief)) => {
  const findings: Finding[] = [];
  const flagged = new Set<number>();
  for (const probe of facts.debrief.unnoticedSlips) {
    for (const span of sentencesMentioningSlip(facts.draft, probe)) {
      if (flagged.has(span.start)) continue;
      flagged.add(span.start);
      findings.push({
        ruleId: "unnoticed-slip",
        guard: "no-unnoticed-mistakes",
        span,
        message: `This mentions a slip the interviewer may not have noticed ("${probe.slip.what.slice(0, 60)}").`,
        suggestion: "Leave it out: pointing it out now would only draw attention to it.",
        replacement: "",
      });
    }
  }
  return findings;
};
