import { err, ok, type Result } from "../result.js";
import { toValidationError, type ValidationError } from "../validation-error.js";
import { type Debrief, type DebriefDraft, DebriefDraftSchema, DebriefSchema } from "./debrief.js";

/** Parse untrusted input into a complete debrief; never throws. */
export function parseDebrief(input: unknown): Result<Debrief, ValidationError> {
  const parsed = DebriefSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(toValidationError(parsed.error, "debrief"));
}

/** Parse an unfinished debrief (autosave); never throws. */
export function parseDebriefDraft(input: unknown): Result<DebriefDraft, ValidationError> {
  const parsed = DebriefDraftSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(toValidationError(parsed.error, "draft debrief"));
}
