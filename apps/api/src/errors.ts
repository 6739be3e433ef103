import type { FieldIssue } from "@rebound/core";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { z } from "zod";
import { INTERNAL_MESSAGE, knownStatus, type ErrorAnswer } from "./http/error-body.js";

/** A bad input with its field issues (core's `FieldIssue` shape), read by the error formatter. */
export class InvalidInputError extends Error {
  override readonly name = "InvalidInputError";
  constructor(
    message: string,
    readonly issues: FieldIssue[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) =>
  new TRPCError({ code: "NOT_FOUND", message: `${what} not found.` });
export const unauthorized = (message: string) => new TRPCError({ code: "UNAUTHORIZED", message });
export const forbidden = (message: string) => new TRPCError({ code: "FORBIDDEN", message });

/** Field issues of an error's cause: a zod error from `.input()` or an `InvalidInputError`. */
export function fieldIssuesOf(cause: unknown): FieldIssue[] | undefined {
  if (cause instanceof InvalidInputError) return cause.issues;
  if (cause instanceof z.ZodError) {
    return cause.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    }));
  }
  return undefined;
}

/** "Input is not valid. debrief.interview.endedAt: …" so the message alone names the field. */
export function summariseIssues(issues: FieldIssue[]): string {
  const shown = issues
    .slice(0, 3)
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  return `Input is not valid. ${shown.join("; ")}${more}`;
}

/** The value, or a NOT_FOUND error naming what is missing. */
export function foundOr404<T>(value: T | null, what: string): T {
  if (value === null) throw notFound(what);
  return value;
}

/**
 * What a procedure's error says to the caller, over REST and tRPC alike: the field issues of a
 * bad input (never those of a failed output check, which name our internals), and never an
 * internal message.
 */
export function describeProcedureError(error: TRPCError): ErrorAnswer {
  const status = knownStatus(getHTTPStatusCodeFromError(error));
  if (status === 500) return { status, message: INTERNAL_MESSAGE };
  const issues = error.code === "BAD_REQUEST" ? fieldIssuesOf(error.cause) : undefined;
  return issues
    ? { status, message: summariseIssues(issues), issues }
    : { status, message: error.message };
}
