import { type Debrief, interviewTimeIssue } from "@rebound/core";
import { TRPCError } from "@trpc/server";
import { InvalidInputError, summariseIssues } from "../errors.js";

/**
 * Core refuses to plan from an interview that ends in the future or more than a year before `now`
 * (`interviewTimeIssue`); the caller gets the same 400, naming the field, as any other bad input.
 */
export function assertPlannable(debrief: Debrief, now: Date): void {
  const issue = interviewTimeIssue(debrief.interview.endedAt, now);
  if (issue === null) return;
  const issues = [{ path: `debrief.${issue.path}`, message: issue.message }];
  const message = summariseIssues(issues);
  throw new TRPCError({
    code: "BAD_REQUEST",
    message,
    cause: new InvalidInputError(message, issues),
  });
}
