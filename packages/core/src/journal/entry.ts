import { z } from "zod";
import { CandidacyStatusSchema } from "../debrief/sections.js";
import { SlipKindSchema } from "../debrief/slip-up.js";
import { StrategyIdSchema } from "../plan/ids.js";

/** What happened to one recovery action: did anyone answer? null = not known yet. */
export const ActionOutcomeSchema = z.object({
  strategy: StrategyIdSchema,
  done: z.boolean(),
  answered: z.boolean().nullable(),
});
export type ActionOutcome = z.infer<typeof ActionOutcomeSchema>;

/** One interview in the journal: its lessons and how the recovery went. */
export const JournalEntrySchema = z.object({
  interviewEndedAt: z.iso.datetime({ offset: true }),
  organisation: z.string().max(80),
  role: z.string().max(200).optional(),
  outcome: CandidacyStatusSchema,
  slipKinds: z.array(SlipKindSchema).max(20),
  unpreparedQuestions: z.array(z.string().max(200)).max(10),
  lessons: z.array(z.string().max(1000)).max(20),
  actions: z.array(ActionOutcomeSchema).max(20),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
