import { SOURCES, type Finding, type Message, type Plan, type SourceRef } from "@rebound/core";

/** Plain-text renderings of core's results, for an assistant to read and quote. */

export function citation(source: SourceRef): string {
  const article = SOURCES[source.key];
  const by = article.author === undefined ? "" : `, ${article.author}`;
  return `"${article.title}" (${article.publication}${by}; ${source.detail})`;
}

export function describePlan(plan: Plan): string {
  const lines = [
    plan.coolOffUntil === null
      ? "No cool-off needed."
      : `Cool off first: send nothing before ${plan.coolOffUntil}.`,
  ];
  plan.steps.forEach((step, index) => {
    const until = step.window.latest === null ? "" : ` to ${step.window.latest}`;
    lines.push(
      `${index + 1}. ${step.title} [${step.strategy}, ${step.channel}] from ${step.window.earliest}${until}`,
      `   Why: ${step.rationale}`,
      `   Sources: ${step.sources.map(citation).join("; ")}`,
    );
  });
  return lines.join("\n");
}

export function describeDraft(draft: Message): string {
  const heading = draft.subject === null ? draft.templateId : `Subject: ${draft.subject}`;
  return `## ${draft.templateId} (${draft.channel}, ${draft.tone}, at most ${draft.wordLimit} words)\n${heading}\n\n${draft.body}`;
}

export function describeFindings(text: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return "No findings: the draft keeps to the guards.";
  return findings
    .map((finding) => {
      const quoted = text.slice(finding.span.start, finding.span.end);
      return `- ${finding.ruleId}: "${quoted}" — ${finding.message} ${finding.suggestion}`;
    })
    .join("\n");
}
