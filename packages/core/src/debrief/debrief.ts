import { z } from "zod";
import { FollowUpSchema } from "./follow-up.js";
import { ForgottenPointSchema } from "./forgotten-point.js";
import { OrganisationSchema } from "./organisation.js";
import { CandidateSchema, InterviewerSchema, ReferenceSchema } from "./people.js";
import {
  CandidacySchema,
  CareerSchema,
  CircumstanceSchema,
  FeelingsSchema,
  InterviewSchema,
  LessonNotesSchema,
  ReflectionSchema,
  StandingSchema,
} from "./sections.js";
import { SlipUpSchema } from "./slip-up.js";
import { timeZoneName } from "./text.js";

const MAX_SLIPS = 20;
const MAX_FORGOTTEN = 10;
const MAX_INTERVIEWERS = 8;
const MAX_FOLLOW_UPS = 10;

/**
 * The sections of a debrief. The complete and the draft variants are both derived from
 * this one shape, so there is never a hand-written twin.
 */
const sections = {
  interview: InterviewSchema,
  feelings: FeelingsSchema,
  candidacy: CandidacySchema,
  standing: StandingSchema,
  reflection: ReflectionSchema,
  career: CareerSchema,
  organisation: OrganisationSchema,
  lessons: LessonNotesSchema,
  candidate: CandidateSchema,
} as const;

/** A complete debrief: what the chooser decides from. Only the interview end and the organisation name are required. */
export const DebriefSchema = z.object({
  interview: sections.interview,
  feelings: sections.feelings.prefault({}),
  candidacy: sections.candidacy.prefault({}),
  standing: sections.standing.prefault({}),
  reflection: sections.reflection.prefault({}),
  career: sections.career.prefault({}),
  organisation: sections.organisation,
  lessons: sections.lessons.prefault({}),
  candidate: sections.candidate.prefault({}),
  slips: z
    .array(SlipUpSchema)
    .max(MAX_SLIPS, { error: `List at most ${MAX_SLIPS} slip-ups.` })
    .default([]),
  forgotten: z
    .array(ForgottenPointSchema)
    .max(MAX_FORGOTTEN, { error: `List at most ${MAX_FORGOTTEN} forgotten points.` })
    .default([]),
  interviewers: z
    .array(InterviewerSchema)
    .max(MAX_INTERVIEWERS, { error: `List at most ${MAX_INTERVIEWERS} interviewers.` })
    .default([]),
  followUps: z
    .array(FollowUpSchema)
    .max(MAX_FOLLOW_UPS, { error: `List at most ${MAX_FOLLOW_UPS} follow-ups.` })
    .default([]),
  circumstance: CircumstanceSchema.optional(),
  reference: ReferenceSchema.optional(),
  /**
   * The person's IANA time zone: outreach is dated in their working hours and the calendar is
   * written in it. Without one, the offset `interview.endedAt` is written in stands in.
   */
  timeZone: timeZoneName("Your time zone").optional(),
});

/** What a caller sends (defaults not yet applied). */
export type DebriefInput = z.input<typeof DebriefSchema>;
/** A parsed debrief with every default filled in. */
export type Debrief = z.output<typeof DebriefSchema>;

/**
 * An unfinished debrief, for autosave: every field optional at every level, but each value
 * present still has to be valid (limits and enums hold while typing).
 */
export const DebriefDraftSchema = z
  .object({
    interview: sections.interview.partial(),
    feelings: sections.feelings.partial(),
    candidacy: sections.candidacy.partial(),
    standing: sections.standing.partial(),
    reflection: sections.reflection.partial(),
    career: sections.career.partial(),
    organisation: sections.organisation.partial(),
    lessons: sections.lessons.partial(),
    candidate: sections.candidate.partial(),
    slips: z.array(SlipUpSchema.partial()).max(MAX_SLIPS),
    forgotten: z.array(ForgottenPointSchema.partial()).max(MAX_FORGOTTEN),
    interviewers: z.array(InterviewerSchema.partial()).max(MAX_INTERVIEWERS),
    followUps: z.array(FollowUpSchema.partial()).max(MAX_FOLLOW_UPS),
    circumstance: CircumstanceSchema.partial(),
    reference: ReferenceSchema.partial(),
    timeZone: timeZoneName("Your time zone"),
  })
  .partial();
export type DebriefDraft = z.output<typeof DebriefDraftSchema>;
