import { z } from "zod";
import { NoticedSchema } from "./answers.js";
import { LIMITS, requiredText, text } from "./text.js";

export const SlipKindSchema = z.enum([
  "wrong-name",
  "off-target-answer",
  "misunderstood-question",
  "blanked",
  "late",
  "attire",
  "nerves",
  "inappropriate-question",
  "physical-mishap",
  "other",
]);
export type SlipKind = z.infer<typeof SlipKindSchema>;

/** One concrete thing that went wrong in the interview. */
export const SlipUpSchema = z.object({
  what: requiredText(LIMITS.short, "What happened"),
  kind: SlipKindSchema.default("other"),
  /** Did the interviewer notice? Only "certain" ever lets a message mention it. */
  noticed: NoticedSchema.default("unsure"),
  apologisedInPerson: z.boolean().default(false),
  /** For a wrong name: what was said instead ("Mary" for "Marie"), so the linter can catch it. */
  saidInstead: text(LIMITS.name, "The name you used").optional(),
  /**
   * One sentence written for the employer to read, used as typed in place of our own neutral
   * line for this kind of slip. `what` is the person's private note and never reaches a draft.
   */
  forEmployer: text(LIMITS.short, "Your words for the employer").optional(),
});
export type SlipUp = z.infer<typeof SlipUpSchema>;
