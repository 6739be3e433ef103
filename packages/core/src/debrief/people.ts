import { z } from "zod";
import { TriStateSchema } from "./answers.js";
import { emailAddress, LIMITS, requiredText, text } from "./text.js";

/**
 * Someone on the interview panel. The name is used exactly as typed in every message; formal
 * letters greet them by `address` (suggested from `honorific` and the name, never from a guessed
 * gender), warm ones by their first name.
 */
export const InterviewerSchema = z.object({
  name: requiredText(LIMITS.name, "Interviewer name"),
  title: text(LIMITS.short, "Interviewer title").optional(),
  /** "Dr", "Ms", "Mx", "Prof"…, as the person writes it; none when they are not sure. */
  honorific: text(LIMITS.honorific, "Honorific").optional(),
  /** How a formal letter greets them ("Ms Álvarez", "Dr Natarajan"); see `suggestedAddress`. */
  address: text(LIMITS.name, "How you address them").optional(),
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
