import type { Finding } from "../finding.js";
import type { LintRule } from "../lint-context.js";
import { type MentionExclusions, sentencesMentioningSlip } from "../slip-mentions.js";
import { debriefVocabulary, slipVocabulary } from "../vocabulary.js";

export const unnoticedSlip: LintRule = (text, { debrief }) => {
  const noticed = debrief.slips.filter((slip) => slip.noticed === "certain");
  // A mention that fits a surely-noticed slip just as well is given the benefit of the doubt.
  const exclusions: MentionExclusions = {
    stems: new Set([...debriefVocabulary(debrief), ...slipVocabulary(noticed)]),
    kinds: new Set(noticed.map((slip) => slip.kind)),
  };
  const findings: Finding[] = [];
  const flagged = new Set<number>();
  for (const slip of debrief.slips) {
    if (slip.noticed === "certain") continue;
    for (const span of sentencesMentioningSlip(text, slip, exclusions)) {
      if (flagged.has(span.start)) continue;
      flagged.add(span.start);
      findings.push({
        ruleId: "unnoticed-slip",
        guard: "no-unnoticed-mistakes",
        span,
        message: `This mentions a slip the interviewer may not have noticed ("${slip.what.slice(0, 60)}").`,
        suggestion: "Leave it out: pointing it out now would only draw attention to it.",
        replacement: "",
      });
    }
  }
  return findings;
};
