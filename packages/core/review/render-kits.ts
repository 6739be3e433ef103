import {
  choosePlan,
  type Debrief,
  draftsForPlan,
  GUARD_CATALOGUE,
  type Message,
  parseDebrief,
  type Plan,
  planMessages,
  remindersFor,
  TEMPLATE_CATALOGUE,
  type Tone,
  type Window,
} from "../src/index.js";
import { debriefClock } from "../src/time/debrief-clock.js";
import type { LocalClock } from "../src/time/local-clock.js";
import { localWords } from "../src/time/local-words.js";
import type { Person } from "./people.js";

/**
 * The review corpus as one Markdown file: for each person, the plan, every draft in both tones and
 * the calendar, as the person (and the hiring manager reading the messages) would see them. Pure:
 * the same people give the same bytes.
 */

const TONES: readonly Tone[] = ["formal", "warm"];
const CHANNEL: Readonly<Record<string, string>> = {
  self: "on your own",
  email: "email",
  "handwritten-note": "handwritten note",
  phone: "phone",
};

const templateTitle = (id: string): string =>
  TEMPLATE_CATALOGUE.find((entry) => entry.id === id)?.title ?? id;
const guardTitle = (id: string): string =>
  GUARD_CATALOGUE.find((entry) => entry.id === id)?.title ?? id;

function when(window: Window, clock: LocalClock): string {
  const from = localWords(Date.parse(window.earliest), clock);
  return window.latest === null
    ? `from ${from}`
    : `${from} to ${localWords(Date.parse(window.latest), clock)}`;
}

function planSection(plan: Plan, clock: LocalClock): string[] {
  const messages = planMessages(plan);
  const lines = ["### Plan", ""];
  if (plan.coolOffUntil !== null)
    lines.push(
      `Cool-off: nothing goes out before ${localWords(Date.parse(plan.coolOffUntil), clock)}.`,
      "",
    );
  lines.push("| When | Step | How | Message |", "| --- | --- | --- | --- |");
  for (const step of plan.steps) {
    const message = messages.find((candidate) => step.templates.includes(candidate.templateId));
    const carried =
      message === undefined
        ? ""
        : message.strategy === step.strategy
          ? templateTitle(message.templateId)
          : `a part of: ${templateTitle(message.templateId)}`;
    lines.push(
      `| ${when(step.window, clock)} | ${step.title.replaceAll("|", "\\|")} | ${CHANNEL[step.channel] ?? step.channel} | ${carried.replaceAll("|", "\\|")} |`,
    );
  }
  lines.push("", "Guards in force:", "");
  for (const guard of plan.guards)
    lines.push(`- **${guardTitle(guard.id)}**: ${guard.explanation}`);
  if (plan.guards.length === 0) lines.push("- none");
  if (plan.disagreements.length > 0) {
    lines.push("", "Where the experts disagree:", "");
    for (const disagreement of plan.disagreements)
      lines.push(`- **${disagreement.topic}** ${disagreement.pick} ${disagreement.why}`);
  }
  return lines;
}

const FENCE = "````";

function draftLines(draft: Message, plan: Plan, clock: LocalClock): string[] {
  const message = planMessages(plan).find((candidate) => candidate.templateId === draft.templateId);
  const lines = [`#### ${templateTitle(draft.templateId)}`, ""];
  if (draft.to.length > 0) lines.push(`To: ${draft.to.join(", ")}  `);
  if (message !== undefined) lines.push(`When: ${when(message.window, clock)}  `);
  if (draft.subject !== null) lines.push(`Subject: ${draft.subject}  `);
  lines.push("", `${FENCE}text`, draft.body, FENCE, "");
  return lines;
}

function calendarSection(plan: Plan, debrief: Debrief, clock: LocalClock): string[] {
  const lines = ["### Calendar", ""];
  const reminders = remindersFor(plan, debrief);
  if (reminders.length === 0) lines.push("No events: nothing here has a date to keep.");
  for (const reminder of reminders) {
    lines.push(
      `- ${localWords(reminder.start, clock)}: **${reminder.summary}** (alarm at the start). ${reminder.description.split("\n")[0] ?? ""}`,
    );
  }
  return lines;
}

function personSection(person: Person, index: number): string[] {
  const now = new Date(person.now);
  const lines = [`## ${index + 1}. ${person.title}`, "", `_${person.situation}_`, ""];
  const parsed = parseDebrief(person.debrief, { now });
  if (!parsed.ok) {
    lines.push(`Refused before any plan: ${parsed.error.message}`, "");
    return lines;
  }
  const debrief = parsed.value;
  const clock = debriefClock(debrief);
  const plan = choosePlan(debrief, now);
  lines.push(`Debrief finished ${localWords(now.getTime(), clock)} (${clock.label}).`, "");
  lines.push(...planSection(plan, clock), "");
  for (const tone of TONES) {
    lines.push(`### Drafts, ${tone} tone`, "");
    const drafts = draftsForPlan(plan, debrief, tone);
    if (drafts.length === 0)
      lines.push("No messages: the steps on this plan are the person's own.", "");
    for (const draft of drafts) lines.push(...draftLines(draft, plan, clock));
  }
  lines.push(...calendarSection(plan, debrief, clock), "");
  return lines;
}

/** The whole file. */
export function renderKits(people: readonly Person[], refused: readonly Person[]): string {
  const lines = [
    "# Review corpus: complete kits",
    "",
    "<!-- Written by `pnpm --filter @rebound/core review` from review/people.ts; `pnpm test` fails when it is stale. Do not edit by hand. -->",
    "",
    "Each person's plan, every draft in both tones and the calendar, dated in the person's own time zone. Read it as the hiring manager who receives these messages.",
    "",
    ...people.flatMap((person, index) => personSection(person, index)),
    "## Refused",
    "",
    ...refused.flatMap((person, index) => personSection(person, people.length + index)),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}
