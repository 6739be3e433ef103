import type { Debrief } from "../debrief/debrief.js";
import type { Plan, Step } from "../plan/plan.js";
import { isoUtc } from "../time/iso-utc.js";
import { parseIso } from "../time/parse-iso.js";

/** One calendar reminder, before it is written as a VEVENT. */
export interface CalendarReminder {
  /** What it reminds of: a strategy id, or "cool-off-ends". Part of the UID. */
  key: string;
  /** When the reminder fires (ISO 8601): the moment the step's window opens. */
  start: string;
  /** When the window closes, or null for an open-ended step. */
  deadline: string | null;
  summary: string;
  description: string;
}

/**
 * Which plan steps become calendar reminders (our call, kept in one place):
 * - the end of the cool-off, when the plan has one: the moment messages may go out;
 * - every outreach step (thank-you, note, call request, follow-up...), at its window's start;
 * - self steps that have a window end (a review to do before writing, say).
 * Open-ended self steps (lessons learned, self-compassion, moving on) get no reminder: they
 * have no date to keep, and a calendar full of them would drown the dated ones. The cool-off
 * step itself is represented by its end, not its start (which is "now").
 */
export function remindersFor(plan: Plan, debrief: Debrief): CalendarReminder[] {
  const organisation = debrief.organisation.name;
  const reminders: CalendarReminder[] = [];
  if (plan.coolOffUntil !== null) {
    const coolOff = plan.steps.find((step) => step.strategy === "cool-off");
    reminders.push({
      key: "cool-off-ends",
      start: plan.coolOffUntil,
      deadline: null,
      summary: `Cool-off over: you can contact ${organisation} now`,
      description: [
        "The cool-off has ended. Read your drafts once more with fresh eyes, then send them.",
        ...(coolOff ? ["", coolOff.rationale, "", sourcesLine(coolOff)] : []),
      ].join("\n"),
    });
  }
  for (const step of plan.steps) {
    if (step.strategy === "cool-off") continue;
    if (!step.outreach && step.window.latest === null) continue;
    reminders.push({
      key: step.strategy,
      start: step.window.earliest,
      deadline: step.window.latest,
      summary: `${step.title} (${organisation})`,
      description: describeStep(step),
    });
  }
  return reminders;
}

/** "thank-you-email" → "thank you email", as a reminder's description writes an id. */
const spaced = (id: string): string => id.replaceAll("-", " ");

function describeStep(step: Step): string {
  let text = `${step.rationale}\n`;
  if (step.window.latest !== null) text += `\nDo this by ${readableUtc(step.window.latest)}.`;
  if (step.channel !== "self") text += `\nChannel: ${spaced(step.channel)}.`;
  if (step.templates.length > 0)
    text += `\nDrafts in Rebound: ${step.templates.map(spaced).join(", ")}.`;
  if (step.alternativeTo !== undefined) {
    text += `\nOffered instead of "${spaced(step.alternativeTo)}": do one or the other, not both.`;
  }
  return `${text}\n${sourcesLine(step)}`;
}

function sourcesLine(step: Step): string {
  return `Why: ${step.sources.map((source) => `${source.key} (${source.detail})`).join("; ")}.`;
}

/** "2026-11-22 10:30 UTC": calendar apps show the event in local time, the text says which zone it uses. */
function readableUtc(iso: string): string {
  return `${isoUtc(parseIso(iso)).slice(0, 16).replace("T", " ")} UTC`;
}
