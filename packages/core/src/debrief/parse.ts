import { z } from "zod";
import { err, ok, type Result } from "../result.js";
import { interviewTimeIssue } from "../time/interview-time.js";
import { toValidationError, validationError, type ValidationError } from "../validation-error.js";
import { type Debrief, type DebriefDraft, DebriefDraftSchema, DebriefSchema } from "./debrief.js";
import { debriefIssueMessage } from "./issue-messages.js";

const pathKey = (issue: z.core.$ZodIssue) => issue.path.map(String).join(".");

/**
 * Zod still runs a list's length check on a string of the wrong type ("integrity" is over 5
 * items long): once a field has the wrong type, that is the only thing worth saying about it.
 */
function withoutFollowOnIssues(error: z.ZodError): z.ZodError {
  const wrongType = new Set(
    error.issues.filter((issue) => issue.code === "invalid_type").map(pathKey),
  );
  return new z.ZodError(
    error.issues.filter((issue) => issue.code === "invalid_type" || !wrongType.has(pathKey(issue))),
  );
}

export interface ParseDebriefOptions {
  /**
   * The moment a plan would be built from: with it, an interview that ends in the future (beyond
   * a few minutes of clock skew) or more than a year before is refused (`interviewTimeIssue`).
   */
  now?: Date;
}

/** Parse untrusted input into a complete debrief; never throws. */
export function parseDebrief(
  input: unknown,
  options: ParseDebriefOptions = {},
): Result<Debrief, ValidationError> {
  const parsed = DebriefSchema.safeParse(input, { error: debriefIssueMessage });
  if (!parsed.success)
    return err(toValidationError(withoutFollowOnIssues(parsed.error), "debrief"));
  const timeIssue =
    options.now === undefined
      ? null
      : interviewTimeIssue(parsed.data.interview.endedAt, options.now);
  return timeIssue === null ? ok(parsed.data) : err(validationError([timeIssue], "debrief"));
}

/** Parse an unfinished debrief (autosave); never throws. */
export function parseDebriefDraft(input: unknown): Result<DebriefDraft, ValidationError> {
  const parsed = DebriefDraftSchema.safeParse(input, { error: debriefIssueMessage });
  return parsed.success
    ? ok(parsed.data)
    : err(toValidationError(withoutFollowOnIssues(parsed.error), "draft debrief"));
}
