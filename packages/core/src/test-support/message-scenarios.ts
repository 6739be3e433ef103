import type { Debrief } from "../debrief/debrief.js";
import { choosePlan } from "../plan/choose-plan.js";
import type { TemplateId } from "../plan/ids.js";
import type { Plan } from "../plan/plan.js";
import { type DebriefOverrides, TEST_NOW, testDebrief } from "./test-debrief.js";

/**
 * A realistic debrief for drafting: named interviewers with accents and apostrophes, a role, values,
 * a forgotten point, a better answer and the person's own contact details. Each template test adds
 * the facts that make the plan name its template.
 */
export const DRAFTING_BASE = {
  organisation: {
    name: "Hartley & Price",
    role: "Audit Senior",
    size: "large",
    values: ["client service", "integrity"],
  },
  interviewers: [{ name: "Marie Dubois", title: "Audit Partner" }, { name: "Siobhán O'Neill" }],
  candidate: { name: "Ana Costa", email: "ana.costa@example.com" },
  forgotten: [
    { kind: "experience", detail: "I led the move of our audit files to a new cloud platform" },
  ],
  reflection: {
    answerDifferently: "I would open with the reconciliation I automated and the hours it saved",
  },
} as const satisfies DebriefOverrides;

const isSection = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The debrief (base plus overrides, sections merged) and its plan the morning after the interview. */
export function draftingScenario(overrides: DebriefOverrides = {}): {
  debrief: Debrief;
  plan: Plan;
} {
  const merged: Record<string, unknown> = { ...DRAFTING_BASE };
  for (const [key, value] of Object.entries(overrides)) {
    const base = merged[key];
    merged[key] = isSection(value) && isSection(base) ? { ...base, ...value } : value;
  }
  const debrief = testDebrief(merged);
  return { debrief, plan: choosePlan(debrief, TEST_NOW) };
}

/** A thank-you already sent (and answered): what is left to say travels in one email of its own. */
export const THANK_YOU_SENT = [
  { sentAt: "2026-11-20T18:00:00Z", channel: "email", answered: true },
] as const;

/**
 * The facts under which the plan names each template. The feedback request is never a message of
 * a plan (the question is a line of the gracious reply): its scenario is the one where the plan
 * asks it, and the template is drafted on its own, as an API caller may ask for it.
 */
export const SCENARIO_FOR: Readonly<Record<TemplateId, DebriefOverrides>> = {
  "thank-you-email": {},
  "handwritten-note": { organisation: { size: "small" } },
  "disconnect-email": {
    followUps: THANK_YOU_SENT,
    slips: [
      {
        what: "My answer on IFRS 16 wandered away from the question",
        kind: "off-target-answer",
        noticed: "certain",
      },
    ],
  },
  "call-request": {
    standing: { believesFit: "yes" },
    interview: { severity: "noticeable" },
    followUps: THANK_YOU_SENT,
  },
  "phone-talking-points": {
    standing: { believesFit: "yes" },
    interview: { severity: "noticeable" },
    career: { comfortableOnPhone: "yes" },
  },
  "second-interview-request": {
    standing: { strength: "strong", employerLeaning: "yes", wantJob: "very" },
    interview: { severity: "severe" },
    followUps: THANK_YOU_SENT,
  },
  "circumstances-message": {
    circumstance: {
      description: "my father was taken to hospital the night before",
      disclose: true,
    },
    followUps: THANK_YOU_SENT,
  },
  "reference-tip-off": {
    reference: {
      name: "Priya Shah",
      trusted: "yes",
      canMention: "my lead role on the year-end close",
    },
  },
  "follow-up": {},
  "rejection-reply": { candidacy: { status: "rejected" } },
  "feedback-request": { candidacy: { status: "rejected" }, career: { yearsExperience: 2 } },
  "stay-in-touch": { candidacy: { status: "rejected" }, standing: { valuesOrganisation: "yes" } },
};
