import { z } from "zod";
import { CandidacyStatusSchema } from "../debrief/sections.js";
import { SlipKindSchema } from "../debrief/slip-up.js";
import { StrategyIdSchema } from "../plan/ids.js";

const count = z.number().int().min(0);
const share = z.number().min(0).max(1);

/** A kind of slip-up that happened in at least two interviews. */
export const RecurringSlipSchema = z.object({
  kind: SlipKindSchema,
  /** In how many interviews it happened. */
  interviews: count,
  /** How many times in all (one interview may hold several). */
  occurrences: count,
  /** interviews / all interviews in the journal. */
  share,
});
export type RecurringSlip = z.infer<typeof RecurringSlipSchema>;

/** Questions people were not ready for, grouped by a shared keyword (see question-topics.ts). */
export const QuestionTopicSchema = z.object({
  topic: z.string().max(200),
  count: count,
  /** The first question (as typed) filed under this topic. */
  example: z.string().max(200),
});
export type QuestionTopic = z.infer<typeof QuestionTopicSchema>;

/** How one kind of recovery action fared across the journal. */
export const ActionResponseSchema = z.object({
  strategy: StrategyIdSchema,
  /** How many times it was done. */
  tried: count,
  answered: count,
  /** Done, but whether anyone answered is not known yet. */
  pending: count,
  /** answered / (tried − pending): the answer rate among settled tries; null while all are pending. */
  rate: share.nullable(),
});
export type ActionResponse = z.infer<typeof ActionResponseSchema>;

export const JournalInsightsSchema = z.object({
  interviews: count,
  outcomes: z.record(CandidacyStatusSchema, count),
  recurringSlips: z.array(RecurringSlipSchema),
  questionTopics: z.array(QuestionTopicSchema),
  actions: z.array(ActionResponseSchema),
});
export type JournalInsights = z.infer<typeof JournalInsightsSchema>;
