import { containsApology } from "../apology.js";
import type { Finding } from "../finding.js";
import { type LintRule, lintFacts } from "../lint-context.js";
import { sentencesMentioningSlip } from "../slip-mentions.js";
import { slice } from "../text-scan.js";

// The apology may be for another, still-owed slip with the same words or kind: not a repeat
// (see `DebriefFacts.apologisedSlips`).
export const repeatApology: LintRule = (text, { debrief }, facts = lintFacts(text, debrief)) => {
  const findings: Finding[] = [];
  const flagged = new Set<number>();
  for (const probe of facts.debrief.apologisedSlips) {
    for (const span of sentencesMentioningSlip(facts.draft, probe)) {
      if (flagged.has(span.start) || !containsApology(slice(text, span))) continue;
      flagged.add(span.start);
      findings.push({
        ruleId: "repeat-apology",
        guard: "no-repeat-apology",
        span,
        message: `You already apologised in person for this ("${probe.slip.what.slice(0, 60)}").`,
        suggestion: "Don't apologise again: a second apology makes it bigger than it was.",
        replacement: "",
      });
    }
  }
  return findings;
};
