/**
 * A bad interview, start to finish: parse a debrief, build the recovery kit, print the plan and
 * the thank-you draft, then lint a hand-edited draft. Run: `pnpm --filter @rebound/core example`.
 */
import { applyFix, buildKit, lintDraft, parseDebrief } from "@rebound/core";

const parsed = parseDebrief({
  interview: { endedAt: "2026-11-21T14:00:00Z", severity: "noticeable" },
  feelings: { rawness: "raw" },
  organisation: { name: "Hartley & Price", role: "Audit Senior", size: "mid-sized", values: ["client service"] },
  interviewers: [{ name: "Marie Dubois", title: "Audit Partner" }],
  standing: { strength: "strong", employerLeaning: "yes", wantJob: "very", believesFit: "yes" },
  slips: [{ what: "Called the partner Mary", kind: "wrong-name", noticed: "certain", saidInstead: "Mary" }],
  forgotten: [{ kind: "experience", detail: "I led the migration of our audit files to the cloud" }],
});
if (!parsed.ok) {
  console.error(parsed.error.message);
  process.exit(1);
}

const kit = buildKit(parsed.value, new Date("2026-11-21T15:00:00Z"), { tone: "warm" });

console.log(`Cool-off until: ${kit.plan.coolOffUntil ?? "no cool-off needed"}\n`);
for (const step of kit.plan.steps) {
  console.log(`${step.window.earliest.slice(0, 16)}  ${step.title}  [${step.strategy}]`);
}

const thankYou = kit.drafts.find((draft) => draft.templateId === "thank-you-email");
if (thankYou) console.log(`\nSubject: ${thankYou.subject ?? ""}\n\n${thankYou.body}`);

// A person edits the draft by hand; the linter catches what the experts warn against.
const edited = "Dear Mary, I am so sorry for the whole interview. I was tired because of the traffic.";
const findings = lintDraft(edited, { debrief: parsed.value, channel: "email", templateId: "thank-you-email" });
console.log(`\nLint of a hand-edited draft: ${findings.length} finding(s)`);
for (const finding of findings) {
  console.log(`- [${finding.ruleId}] "${edited.slice(finding.span.start, finding.span.end)}": ${finding.message}`);
}
const nameFix = findings.find((finding) => finding.ruleId === "interviewer-name");
if (nameFix) console.log(`\nAfter the one-click fix: ${applyFix(edited, nameFix)}`);
