import { z } from "zod";
import { TriStateSchema } from "./answers.js";
import { LIMITS, notes, requiredText, text } from "./text.js";

export const OrganisationSizeSchema = z.enum(["small", "mid-sized", "large", "unknown"]);
export type OrganisationSize = z.infer<typeof OrganisationSizeSchema>;

export const OrganisationSchema = z.object({
  name: requiredText(LIMITS.name, "Organisation name"),
  role: text(LIMITS.short, "Role").optional(),
  size: OrganisationSizeSchema.default("unknown"),
  /** A formal business: law firm, library, local government... */
  formal: TriStateSchema.default("unknown"),
  /** The contact is a recruiter or an agency rather than the employer itself. */
  viaRecruiter: z.boolean().default(false),
  values: notes("Organisation value", LIMITS.valueItems),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
