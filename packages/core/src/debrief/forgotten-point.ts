import { z } from "zod";
import { LIMITS, requiredText } from "./text.js";

export const ForgottenKindSchema = z.enum(["experience", "education", "connection", "other"]);
export type ForgottenKind = z.infer<typeof ForgottenKindSchema>;

/** Something worth saying that did not get said in the interview. */
export const ForgottenPointSchema = z.object({
  kind: ForgottenKindSchema.default("other"),
  detail: requiredText(LIMITS.short, "The point you forgot"),
  important: z.boolean().default(true),
});
export type ForgottenPoint = z.infer<typeof ForgottenPointSchema>;
