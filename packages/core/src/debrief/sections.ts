import { z } from "zod";
import { TriStateSchema } from "./answers.js";
import { isoDateTime, LIMITS, notes, requiredText, text } from "./text.js";

/** When and how the interview happened, and how badly the person thinks it went. */
export const InterviewSchema = z.object({
  endedAt: isoDateTime("When the interview ended"),
  format: z.enum(["in-person", "video", "phone", "unknown"]).default("unknown"),
  /** How visibly it went wrong: "severe" means there is little left to lose. */
  severity: z.enum(["minor", "noticeable", "severe", "unknown"]).default("unknown"),
});

/** How raw the person feels right now: raw feelings mean a cool-off first. */
export const FeelingsSchema = z.object({
  rawness: z.enum(["calm", "uneasy", "raw", "unknown"]).default("unknown"),
});

export const CandidacyStatusSchema = z.enum(["waiting", "rejected", "offer", "unknown"]);
export type CandidacyStatus = z.infer<typeof CandidacyStatusSchema>;

export const CandidacySchema = z.object({
  status: CandidacyStatusSchema.default("waiting"),
  changedAt: isoDateTime("When the status changed").optional(),
});

/** How the person stood before things went wrong, and how much the job matters. */
export const StandingSchema = z.object({
  strength: z.enum(["strong", "average", "weak", "unknown"]).default("unknown"),
  employerLeaning: TriStateSchema.default("unknown"),
  wantJob: z.enum(["very", "somewhat", "not-really", "unknown"]).default("unknown"),
  believesFit: TriStateSchema.default("unknown"),
  valuesOrganisation: TriStateSchema.default("unknown"),
});

/** The guided review: what went well comes first on purpose. */
export const ReflectionSchema = z.object({
  wentWell: notes("What went well"),
  couldBeBetter: notes("What could have gone better"),
  oneChange: text(LIMITS.long, "The one thing you would change").optional(),
  answerDifferently: text(LIMITS.long, "How you would answer differently").optional(),
  successVision: text(LIMITS.long, "How you see yourself succeeding there").optional(),
  /** Vague impressions (body language, a facial expression): noted, not over-read. */
  impressions: notes("Impression"),
});

/**
 * A serious outside distraction. `description` is private and never reaches a draft; a message
 * that mentions it uses our own neutral line, or `forEmployer`, written for the employer to read.
 */
export const CircumstanceSchema = z.object({
  description: requiredText(LIMITS.long, "What was going on"),
  disclose: z.boolean().default(false),
  forEmployer: text(LIMITS.short, "Your words for the employer").optional(),
});

export const CareerSchema = z.object({
  yearsExperience: z
    .number({ error: "Years of experience must be a number." })
    .int({ error: "Years of experience must be a whole number." })
    .min(0, { error: "Years of experience cannot be negative." })
    .max(60, { error: "Years of experience must be 60 or fewer." })
    .optional(),
  feedbackSourceTrusted: TriStateSchema.default("unknown"),
  comfortableOnPhone: TriStateSchema.default("unknown"),
});

/** Notes for next time: the lessons-learned journal entry is built from these. */
export const LessonNotesSchema = z.object({
  unpreparedQuestions: notes("Question you weren't ready for"),
  informationLacked: text(LIMITS.long, "Information you lacked").optional(),
  dress: text(LIMITS.long, "Dress").optional(),
  mannerisms: text(LIMITS.long, "Mannerisms").optional(),
  wording: text(LIMITS.long, "Wording").optional(),
  logistics: text(LIMITS.long, "Logistics").optional(),
});
