import type { Debrief } from "../debrief/debrief.js";
import { planMessages } from "../messages/message-plan.js";
import { joinList } from "../messages/text-tools.js";
import { formatCitation } from "../plan/sources.js";
import type { Plan, SourceRef, Step } from "../plan/plan.js";
import { debriefClock } from "../time/debrief-clock.js";
import { instantAt, type LocalClock, localMoment } from "../time/local-clock.js";
import { localWords } from "../time/local-words.js";
import { parseIso } from "../time/parse-iso.js";
import { messageAction, messageContents } from "./message-words.js";

/** One calendar reminder, before it is written as a VEVENT. */
export interface CalendarReminder {
  /** What it reminds of: a template id (one per message) or a strategy id. Part of the UID. */
  key: string;
  /** When the reminder fires (epoch milliseconds): a working moment for a message. */
  start: number;
  /** When its window closes, or null for an open-ended step. */
  deadline: number | null;
  summary: string;
  description: string;
}

/** Reminders for work the person does alone fire between 08:00 and 21:00, any day. */
const WAKING_START_MINUTE = 8 * 60;
const WAKING_END_MINUTE = 21 * 60;

/** `ms`, or the next 08:00 when it falls at night on the person's clock. */
function wakingMoment(ms: number, clock: LocalClock): number {
  const { day, minuteOfDay } = localMoment(ms, clock);
  if (minuteOfDay >= WAKING_START_MINUTE && minuteOfDay < WAKING_END_MINUTE) return ms;
  return instantAt(minuteOfDay < WAKING_START_MINUTE ? day : day + 1, WAKING_START_MINUTE, clock);
}

const sourcesLine = (sources: readonly SourceRef[]): string =>
  `Sources: ${sources.map(formatCitation).join("; ")}.`;

function byLine(deadline: number | null, verb: string, clock: LocalClock): string[] {
  return deadline === null ? [] : [`${verb} by ${localWords(deadline, clock)} (${clock.label}).`];
}

/**
 * Which reminders a plan's calendar holds (our call, kept in one place):
 * - one for each message of the kit (ADVICE.md "How the messages fit together"), at the moment its
 *   window opens, which the plan has already put in the recipient's working hours; a section of a
 *   message (the apology, the call request) is said in its message's reminder, not one of its own;
 * - one for each step done alone that has a deadline (the review), at a waking hour.
 * Open-ended steps done alone (lessons, self-compassion, moving on) get none: they have no date to
 * keep, and a calendar full of them would drown the dated ones.
 */
export function remindersFor(plan: Plan, debrief: Debrief): CalendarReminder[] {
  const clock = debriefClock(debrief);
  const organisation = debrief.organisation.name;
  const recipients = debrief.interviewers.filter((person) => person.recipient).map((p) => p.name);
  const employer =
    recipients.length === 0
      ? organisation
      : `${joinList(recipients.slice(0, 3))} at ${organisation}`;
  // Work done alone first: at the same moment, the review comes before the messages it prepares.
  const reminders: CalendarReminder[] = plan.steps
    .filter((step) => !step.outreach && step.window.latest !== null && step.strategy !== "cool-off")
    .map((step) => selfReminder(step, clock));
  for (const message of planMessages(plan)) {
    const step = plan.steps.find((candidate) => candidate.strategy === message.strategy);
    const to =
      message.templateId === "reference-tip-off"
        ? (debrief.reference?.name ?? "your reference")
        : employer;
    const deadline = message.window.latest === null ? null : parseIso(message.window.latest);
    reminders.push({
      key: message.templateId,
      start: parseIso(message.window.earliest),
      deadline,
      summary: messageAction(message.templateId, to),
      description: [
        messageContents(message.templateId, message.sections),
        ...byLine(deadline, message.channel === "phone" ? "Call" : "Send it", clock),
        "Your draft is ready in Rebound: read it once more with fresh eyes before it goes.",
        ...(step === undefined ? [] : ["", `Why: ${step.rationale}`, sourcesLine(step.sources)]),
      ].join("\n"),
    });
  }
  return reminders.sort((a, b) => a.start - b.start);
}

function selfReminder(step: Step, clock: LocalClock): CalendarReminder {
  const deadline = step.window.latest === null ? null : parseIso(step.window.latest);
  return {
    key: step.strategy,
    start: wakingMoment(parseIso(step.window.earliest), clock),
    deadline,
    summary: step.title,
    description: [
      step.rationale,
      ...byLine(deadline, "Do it", clock),
      "",
      sourcesLine(step.sources),
    ].join("\n"),
  };
}
