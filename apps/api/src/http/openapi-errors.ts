import { ERROR_CODES, type ErrorStatus } from "./error-body.js";

type Json = Record<string, unknown>;

/** Component names of the error answers, by status. */
const RESPONSE_NAMES: Record<ErrorStatus, string> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  405: "MethodNotAllowed",
  408: "RequestTimeout",
  409: "Conflict",
  413: "PayloadTooLarge",
  414: "UriTooLong",
  415: "UnsupportedMediaType",
  422: "UnprocessableContent",
  429: "TooManyRequests",
  431: "RequestHeaderFieldsTooLarge",
  500: "InternalServerError",
};

const DESCRIPTIONS: Record<ErrorStatus, [summary: string, example: string]> = {
  400: [
    "The input is not valid (each field named in `issues`), has an unknown field, or the body is not JSON.",
    "Input is not valid. debrief.interview.endedAt: When the interview ended must be a date and time such as 2026-11-21T10:30:00Z.",
  ],
  401: [
    "A secret key is needed and none was sent, or the key sent is not valid (on any route).",
    "That API key is not valid.",
  ],
  403: [
    "The page hosting the widget is not one of the agency's allowed origins.",
    "This site is not allowed to use this widget.",
  ],
  404: [
    "No such record (a wrong resume token gets the same answer as an unknown id), or no such route.",
    "No saved debrief matches that id and resume token; it not found.",
  ],
  405: [
    "The path exists but not with this method; `Allow` lists the methods it answers.",
    "/api/v1/plan does not answer DELETE; it answers POST.",
  ],
  408: ["The request took too long to arrive.", "The request took too long to arrive."],
  409: [
    "A request with the same `Idempotency-Key` is still being processed; retry after `Retry-After` seconds.",
    "A request with this Idempotency-Key is still being processed. Retry in a moment to get its answer.",
  ],
  413: [
    "The body is larger than the server accepts (256 KB by default).",
    "The request body is too large: at most 262144 bytes.",
  ],
  414: ["The URL is longer than 8,192 characters.", "The URL is too long."],
  415: [
    "The body is not sent as `application/json`.",
    "Send the body as JSON, with Content-Type: application/json.",
  ],
  422: [
    "This `Idempotency-Key` was already used with a different request.",
    "This Idempotency-Key was already used with a different request. Use a new key for a new request.",
  ],
  429: [
    "Too many requests in the window; wait `Retry-After` seconds.",
    "Too many requests: try again in 1 minute.",
  ],
  431: [
    "The request's headers (or its URL) exceed 16 KB.",
    "The request's headers (or its URL) are too large.",
  ],
  500: ["Something failed on our side; quote the request id.", "Something went wrong on our side."],
};

const REQUEST_ID_HEADER = {
  description: "This request's id, also in every error body (`requestId`).",
  schema: { type: "string", example: "req_3m9VJ0cYk2b1xq7T" },
};

/** `X-RateLimit-*` on every API answer; `Retry-After` when limited (429) or still running (409). */
const RATE_LIMIT_HEADERS = {
  "X-RateLimit-Limit": {
    description: "Requests allowed per window for this caller (per IP, or per secret key).",
    schema: { type: "integer" },
  },
  "X-RateLimit-Remaining": {
    description: "Requests left in the current window.",
    schema: { type: "integer" },
  },
  "X-RateLimit-Reset": {
    description: "Seconds until the window resets.",
    schema: { type: "integer" },
  },
};

export const ANSWER_HEADERS = { "X-Request-Id": REQUEST_ID_HEADER, ...RATE_LIMIT_HEADERS };

const RETRY_AFTER = {
  "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" } },
};

/** The one error body, exactly as sent (no other property anywhere). */
export const ERROR_SCHEMA: Json = {
  type: "object",
  description:
    "Every error the API sends: procedure errors and the server's own (bad JSON, body too large, wrong method, rate limit, idempotency).",
  required: ["error"],
  additionalProperties: false,
  properties: {
    error: {
      type: "object",
      required: ["code", "status", "message", "requestId"],
      additionalProperties: false,
      properties: {
        code: { type: "string", enum: [...new Set(Object.values(ERROR_CODES))] },
        status: {
          type: "integer",
          enum: Object.keys(ERROR_CODES).map(Number),
          description: "The HTTP status, repeated.",
        },
        message: { type: "string", description: "What went wrong, in plain words." },
        requestId: { type: "string", description: "Quote it when you contact us." },
        issues: {
          type: "array",
          description: "Bad inputs only: each field's dotted path and what is wrong with it.",
          items: {
            type: "object",
            required: ["path", "message"],
            additionalProperties: false,
            properties: {
              path: { type: "string", example: "debrief.interview.endedAt" },
              message: { type: "string" },
            },
          },
        },
      },
    },
  },
};

function errorResponse(status: ErrorStatus): Json {
  const [description, message] = DESCRIPTIONS[status];
  const headers: Json = { "X-Request-Id": REQUEST_ID_HEADER };
  if (status === 429) Object.assign(headers, RETRY_AFTER, RATE_LIMIT_HEADERS);
  if (status === 409) Object.assign(headers, RETRY_AFTER);
  if (status === 405)
    headers.Allow = { description: "The methods this path answers.", schema: { type: "string" } };
  return {
    description,
    headers,
    content: {
      "application/json": {
        schema: { $ref: "#/components/schemas/Error" },
        example: {
          error: {
            code: ERROR_CODES[status],
            status,
            message,
            requestId: "req_3m9VJ0cYk2b1xq7T",
            ...(status === 400
              ? {
                  issues: [
                    {
                      path: "debrief.interview.endedAt",
                      message:
                        "When the interview ended must be a date and time such as 2026-11-21T10:30:00Z.",
                    },
                  ],
                }
              : {}),
          },
        },
      },
    },
  };
}

/** Every error answer, for `components.responses`. */
export function errorResponseComponents(): Json {
  return Object.fromEntries(
    (Object.keys(ERROR_CODES).map(Number) as ErrorStatus[]).map((status) => [
      RESPONSE_NAMES[status],
      errorResponse(status),
    ]),
  );
}

export interface OperationTraits {
  readsBody: boolean;
  idempotent: boolean;
  /** Statuses the procedure itself declares (`meta.openapi.errorResponses`): 403, 404. */
  declared: readonly number[];
}

/**
 * The error statuses one operation can answer, and no others: any route may meet a bad input
 * or query (400), an invalid key (401), a long URL (414) or oversized headers (431), the rate
 * limit (429) and a failure of ours (500); a body brings 413 and 415; an idempotent POST 409 and
 * 422; the procedure adds its own.
 */
export function errorStatusesOf(traits: OperationTraits): ErrorStatus[] {
  const statuses = new Set<number>([400, 401, 414, 429, 431, 500, ...traits.declared]);
  if (traits.readsBody) [413, 415].forEach((status) => statuses.add(status));
  if (traits.idempotent) [409, 422].forEach((status) => statuses.add(status));
  return ([...statuses].filter((status) => status in ERROR_CODES) as ErrorStatus[]).sort();
}

export function errorResponseRefs(statuses: readonly ErrorStatus[]): Json {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      { $ref: `#/components/responses/${RESPONSE_NAMES[status]}` },
    ]),
  );
}
