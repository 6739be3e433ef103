/**
 * A bad interview, start to finish: parse a debrief, build the recovery kit, print the plan and
 * every draft, then lint a hand-edited draft and apply a one-click fix.
 * Run: `pnpm --filter @rebound/core example` (in this repo "@rebound/core" resolves to the source).
 */
import {
  applyFix,
  buildKit,
  lintDraft,
  parseDebrief,
  planMessages,
  TEMPLATE_CATALOGUE,
} from "@rebound/core";

const now = new Date("2026-11-21T15:00:00Z");
// With `now`, an interview that ends in the future or more than a year before is refused.
const parsed = parseDebrief(
  {
    interview: { endedAt: "2026-11-21T14:00:00Z", severity: "noticeable" },
    feelings: { rawness: "raw" },
    organisation: {
      name: "Hartley & Price",
      role: "Audit Senior",
      size: "mid-sized",
      values: ["client service"],
    },
    interviewers: [{ name: "Marie Dubois", honorific: "Ms", title: "Audit Partner" }],
    candidate: { name: "Ana Costa", email: "ana.costa@example.com" },
    standing: { strength: "strong", employerLeaning: "yes", wantJob: "very", believesFit: "yes" },
    slips: [
      {
        what: "Called the partner Mary",
        kind: "wrong-name",
        noticed: "certain",
        saidInstead: "Mary",
      },
    ],
    forgotten: [
      { kind: "experience", detail: "I led the migration of our audit files to the cloud" },
    ],
    reflection: { wentWell: ["the audit case study"] },
    // Outreach is dated in working hours here: 08:00 to 18:00, Monday to Friday.
    timeZone: "Europe/Lisbon",
  },
  { now },
);
if (!parsed.ok) {
  console.error(parsed.error.message); // "The debrief is not valid. interview.endedAt: ..."
  process.exit(1);
}

const kit = buildKit(parsed.value, now, { tone: "formal" });

console.log(`Cool-off until: ${kit.plan.coolOffUntil ?? "no cool-off needed"}\n`);
for (const step of kit.plan.steps) {
  console.log(`${step.window.earliest.slice(0, 16)}  ${step.title}  [${step.strategy}]`);
}

// One message carries the repair: the sections each message says, once in the kit.
for (const message of planMessages(kit.plan)) {
  console.log(`${message.templateId}: ${message.sections.join(", ") || "(no sections)"}`);
}

for (const draft of kit.drafts) {
  const title =
    TEMPLATE_CATALOGUE.find((entry) => entry.id === draft.templateId)?.title ?? draft.templateId;
  console.log(`\n=== ${title} (${draft.channel}, at most ${draft.wordLimit} words)`);
  if (draft.subject !== null) console.log(`Subject: ${draft.subject}\n`);
  console.log(draft.body);
}

// A person edits a draft by hand; the linter catches what the experts warn against.
const edited =
  "Dear Mary,\n\nI am so sorry for the whole interview. I was tired because of the traffic.";
const findings = lintDraft(edited, {
  debrief: parsed.value,
  channel: "email",
  templateId: "thank-you-email",
});
console.log(`\nLint of a hand-edited draft: ${findings.length} finding(s)`);
for (const finding of findings) {
  console.log(
    `- [${finding.ruleId}] "${edited.slice(finding.span.start, finding.span.end)}": ${finding.message}`,
  );
}
// Apply every one-click fix, last first so earlier spans stay valid.
const fixed = [...findings]
  .filter((finding) => finding.replacement !== undefined)
  .sort((a, b) => b.span.start - a.span.start)
  .reduce((text, finding) => applyFix(text, finding), edited);
console.log(`\nAfter the one-click fixes:\n${fixed}`);
