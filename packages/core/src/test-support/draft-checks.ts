import { expect } from "vitest";
import type { Debrief } from "../debrief/debrief.js";
import { lintDraft } from "../lint/lint-draft.js";
import { type Message, MessageSchema, type Tone } from "../messages/message.js";
import { renderMessage } from "../messages/render-message.js";
import { countWords } from "../messages/word-limits.js";
import type { TemplateId } from "../plan/ids.js";
import type { Plan, Step } from "../plan/plan.js";
import { draftingScenario, SCENARIO_FOR } from "./message-scenarios.js";

/**
 * What an unfilled slot looks like once rendered: a placeholder in braces, or a missing value
 * printed. (Typed text may hold any character, so single brackets are checked on fixed debriefs only.)
 */
export const UNFILLED_SLOT = /\{\{|\}\}|\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/;

/** Findings on a draft (the subject is linted as its own short text). */
export function findingsFor(message: Message, debrief: Debrief) {
  const context = {
    debrief,
    channel: message.channel,
    templateId: message.templateId,
    wordLimit: message.wordLimit,
  };
  const subject =
    message.subject === null ? [] : lintDraft(message.subject, { ...context, wordLimit: 200 });
  return [...subject, ...lintDraft(message.body, context)];
}

/** Every promise a generated draft makes: schema-valid, no slot left, within its limit, lint-clean. */
export function expectCleanDraft(message: Message, debrief: Debrief): void {
  expect(MessageSchema.safeParse(message).success).toBe(true);
  expect(`${message.subject ?? ""}\n${message.body}`).not.toMatch(UNFILLED_SLOT);
  expect(countWords(message.body)).toBeLessThanOrEqual(message.wordLimit);
  expect(findingsFor(message, debrief)).toEqual([]);
}

export const TONES = ["formal", "warm"] as const;

/**
 * How the drafting scenario's two interviewers are greeted (no honorific given): formally by their
 * full names as typed, warmly by their first names.
 */
export const SCENARIO_GREETING =
  /^(?:Dear Marie Dubois and Siobhán O'Neill|Hi Marie and Siobhán),\n/;

/** A template rendered in the scenario where the plan names it. */
export function scenarioDraft(templateId: TemplateId, tone: Tone) {
  const { debrief, plan } = draftingScenario(SCENARIO_FOR[templateId]);
  return { debrief, plan, message: renderMessage({ templateId, debrief, plan, tone }) };
}

/** The plan step a template serves, or undefined when the plan does not name it. */
export function stepNaming(plan: Plan, templateId: TemplateId): Step | undefined {
  return plan.steps.find((step) => step.templates.includes(templateId));
}
