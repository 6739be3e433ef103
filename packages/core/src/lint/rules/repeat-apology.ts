import { containsApology } from "../apology.js";
import type { Finding } from "../finding.js";
import type { LintRule } from "../lint-context.js";
import { type MentionExclusions, sentencesMentioningSlip } from "../slip-mentions.js";
import { slice } from "../text-scan.js";
import { debriefVocabulary, slipVocabulary } from "../vocabulary.js";

export const repeatApology: LintRule = (text, { debrief }) => {
  const stillOwed = debrief.slips.filter(
    (slip) => slip.noticed === "certain" && !slip.apologisedInPerson,
  );
  // The apology may be for another, still-owed slip with the same words or kind: not a repeat.
  const exclusions: MentionExclusions = {
    stems: new Set([...debriefVocabulary(debrief), ...slipVocabulary(stillOwed)]),
    kinds: new Set(stillOwed.map((slip) => slip.kind)),
  };
  const findings: Finding[] = [];
  const flagged = new Set<number>();
  for (const slip of debrief.slips) {
    if (!slip.apologisedInPerson) continue;
    for (const span of sentencesMentioningSlip(text, slip, exclusions)) {
      if (flagged.has(span.start) || !containsApology(slice(text, span))) continue;
      flagged.add(span.start);
      findings.push({
        ruleId: "repeat-apology",
        guard: "no-repeat-apology",
        span,
        message: `You already apologised in person for this ("${slip.what.slice(0, 60)}").`,
        suggestion: "Don't apologise again: a second apology makes it bigger than it was.",
        replacement: "",
      });
    }
  }
  return findings;
};
