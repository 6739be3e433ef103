/**
 * A job board's use of @rebound/core and @rebound/embed (and its /react entry), compiled with
 * skipLibCheck: false against the installed tarballs, then run: core builds a kit offline.
 */
import { buildKit, lintDraft, parseDebrief, STRATEGY_CATALOGUE, type Debrief } from "@rebound/core";
import { createRebound, type WidgetMode } from "@rebound/embed";
import { isEnvelope, PROTOCOL_VERSION } from "@rebound/embed/protocol";
import { ReboundWidget, useRebound, type ReboundWidgetProps } from "@rebound/embed/react";

const parsed = parseDebrief({
  interview: { endedAt: "2026-11-20T15:00:00Z", severity: "noticeable" },
  organisation: { name: "Northwind Analytics" },
  interviewers: [{ name: "Marie Okafor" }],
});
if (!parsed.ok) throw new Error(parsed.error.message);
const debrief: Debrief = parsed.value;
const kit = buildKit(debrief, new Date("2026-11-21T09:00:00Z"), { tone: "warm" });
const findings = lintDraft("Dear Mary, sorry for everything.", { debrief, channel: "email" });

const mode: WidgetMode = "popup";
const props: ReboundWidgetProps = {
  origin: "https://rebound.example",
  agencyKey: "pk_test_0123456789",
  mode,
};
console.log(
  JSON.stringify({
    steps: kit.plan.steps.length,
    drafts: kit.drafts.length,
    findings: findings.map((finding) => finding.ruleId),
    strategies: STRATEGY_CATALOGUE.length,
    embed: [typeof createRebound, typeof ReboundWidget, typeof useRebound, typeof isEnvelope],
    protocol: PROTOCOL_VERSION,
    mode: props.mode,
  }),
);
