import { z } from "zod";
import { GuardIdSchema } from "../plan/ids.js";

export const LintRuleIdSchema = z.enum([
  "blanket-apology",
  "excuse",
  "unnoticed-slip",
  "repeat-apology",
  "interviewer-name",
  "too-long",
  "second-follow-up",
  "nuisance-contact",
  "do-over-request",
  "grovelling",
  "self-blame",
  "entitlement",
  "placeholder",
]);
export type LintRuleId = z.infer<typeof LintRuleIdSchema>;

/** Character offsets into the draft: `text.slice(start, end)` is the flagged part. */
export const SpanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Span = z.infer<typeof SpanSchema>;

export const FindingSchema = z.object({
  ruleId: LintRuleIdSchema,
  /** The ADVICE.md guard this finding enforces, when there is one. */
  guard: GuardIdSchema.optional(),
  span: SpanSchema,
  message: z.string().max(300),
  suggestion: z.string().max(300),
  /** A one-click fix: replace the span with this text (empty string deletes it). */
  replacement: z.string().max(500).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
