import type { Debrief } from "../debrief/debrief.js";
import { planToIcs } from "../calendar/plan-to-ics.js";
import { journalEntryFrom } from "../journal/journal-entry-from.js";
import type { JournalEntry } from "../journal/entry.js";
import { draftsForPlan } from "../messages/drafts-for-plan.js";
import type { Message, Tone } from "../messages/message.js";
import { choosePlan } from "../plan/choose-plan.js";
import type { Plan } from "../plan/plan.js";
import { reflectionPrompts } from "./reflection-prompts.js";

/** Everything a finished recovery kit holds (ADVICE.md "What a finished recovery kit holds"). */
export interface Kit {
  plan: Plan;
  drafts: Message[];
  reflectionPrompts: string[];
  journalEntry: JournalEntry;
  /** Calendar reminders (RFC 5545) for the dated steps. */
  ics: string;
}

export interface KitOptions {
  tone?: Tone;
}

/** Debrief → plan → every draft → reflection prompts, journal entry and reminders, in one pure call. */
export function buildKit(debrief: Debrief, now: Date, options: KitOptions = {}): Kit {
  const plan = choosePlan(debrief, now);
  return {
    plan,
    drafts: draftsForPlan(plan, debrief, options.tone ?? "warm"),
    reflectionPrompts: reflectionPrompts(debrief),
    journalEntry: journalEntryFrom(debrief, plan),
    ics: planToIcs(plan, debrief, { now }),
  };
}
