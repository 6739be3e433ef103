import type { FieldIssue } from "@rebound/core";

/**
 * Every status the API answers an error with, and its code. One table for the procedures'
 * errors, the framework's (bad JSON, body too large, wrong method…), the rate limiter's and
 * idempotency's, so a caller switches on one `code` everywhere (documented in openapi-errors.ts).
 */
export const ERROR_CODES = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_SUPPORTED",
  408: "TIMEOUT",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  414: "URI_TOO_LONG",
  415: "UNSUPPORTED_MEDIA_TYPE",
  422: "UNPROCESSABLE_CONTENT",
  429: "TOO_MANY_REQUESTS",
  431: "REQUEST_HEADER_FIELDS_TOO_LARGE",
  500: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorStatus = keyof typeof ERROR_CODES;
export type ErrorCode = (typeof ERROR_CODES)[ErrorStatus];

/** The one error body: `{ "error": { code, status, message, requestId, issues? } }`. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    status: ErrorStatus;
    message: string;
    /** The `X-Request-Id` of the answer: quote it when asking us about a failure. */
    requestId: string;
    /** Bad inputs only: each field's dotted path and what is wrong with it. */
    issues?: FieldIssue[];
  };
}

/** What an error says, before it is wrapped for REST or for tRPC. */
export interface ErrorAnswer {
  status: ErrorStatus;
  message: string;
  issues?: FieldIssue[] | undefined;
}

export const INTERNAL_MESSAGE = "Something went wrong on our side.";
export const JSON_ONLY_MESSAGE = "Send the body as JSON, with Content-Type: application/json.";

/** A status from anywhere (tRPC, Fastify, a plugin) as one of ours: an unlisted 4xx is a 400. */
export function knownStatus(status: number): ErrorStatus {
  if (status in ERROR_CODES) return status as ErrorStatus;
  return status >= 400 && status < 500 ? 400 : 500;
}

export function errorBody(answer: ErrorAnswer, requestId: string): ErrorBody {
  return {
    error: {
      code: ERROR_CODES[answer.status],
      status: answer.status,
      message: answer.message,
      requestId,
      ...(answer.issues && answer.issues.length > 0 ? { issues: answer.issues } : {}),
    },
  };
}

/**
 * An error raised outside the procedures (hooks, rate limiter, idempotency, framework), answered
 * by the error handler in the one shape, with extra headers when it has some (`Retry-After`).
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: ErrorStatus,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}
