import { DebriefSchema, PlanSchema, StrategyIdSchema } from "@rebound/core";
import { z } from "zod";

/** Which plan steps the person has done, and which outreach got an answer. */
export const JournalProgressSchema = z.object({
  done: z.array(StrategyIdSchema).max(40),
  answered: z.partialRecord(StrategyIdSchema, z.boolean()),
});
export type JournalProgress = z.infer<typeof JournalProgressSchema>;

/** One past debrief as the browser keeps it: the facts, the plan built from them, and how it went. */
export const JournalRecordSchema = z.object({
  id: z.string().min(1).max(100),
  debrief: DebriefSchema,
  plan: PlanSchema,
  progress: JournalProgressSchema,
});
export type JournalRecord = z.output<typeof JournalRecordSchema>;

/** The export file: versioned so a later app can still read today's backups. */
export const JournalExportSchema = z.object({
  format: z.literal("rebound-journal", { error: "This is not a Rebound journal export." }),
  version: z.literal(1, { error: "This journal export comes from a newer version of Rebound." }),
  exportedAt: z.iso.datetime({ offset: true }),
  records: z
    .array(JournalRecordSchema)
    .max(500, { error: "An export holds at most 500 debriefs." }),
});
export type JournalExport = z.output<typeof JournalExportSchema>;
