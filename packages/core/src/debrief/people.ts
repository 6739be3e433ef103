import { z } from "zod";
import { TriStateSchema } from "./answers.js";
import { emailAddress, LIMITS, requiredText, text } from "./text.js";

/** Someone on the interview panel. The name is used exactly as typed in every message. */
export const InterviewerSchema = z.object({
  name: requiredText(LIMITS.name, "Interviewer name"),
  title: text(LIMITS.short, "Interviewer title").optional(),
  email: emailAddress("Interviewer email").optional(),
  /** Whether the messages are addressed to this person. */
  recipient: z.boolean().default(true),
});
export type Interviewer = z.infer<typeof InterviewerSchema>;

/** A trusted reference who could speak up for the candidate. */
export const ReferenceSchema = z.object({
  name: requiredText(LIMITS.name, "Reference name"),
  relation: text(LIMITS.short, "How you know them").optional(),
  trusted: TriStateSchema.default("yes"),
  /** The strengths they could mention on the candidate's behalf. */
  canMention: text(LIMITS.long, "What your reference could mention").optional(),
});
export type Reference = z.infer<typeof ReferenceSchema>;

/** The candidate, for signatures and contact details. All optional: privacy first. */
export const CandidateSchema = z.object({
  name: text(LIMITS.name, "Your name").optional(),
  email: emailAddress("Your email").optional(),
  phone: text(40, "Your phone number").optional(),
});
export type Candidate = z.infer<typeof CandidateSchema>;
