import type { components } from "./generated/openapi.js";
import { rateLimitOf, type RateLimit } from "./headers.js";

type ErrorBody = components["schemas"]["Error"];
type Issue = NonNullable<ErrorBody["error"]["issues"]>[number];

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = value.error;
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}

/** A failed call as an exception, with everything the error body and headers say. */
export class ReboundApiError extends Error {
  override readonly name = "ReboundApiError";
  /** The API's code, or `UNEXPECTED_RESPONSE` when something other than the API answered. */
  readonly code: ErrorBody["error"]["code"] | "UNEXPECTED_RESPONSE";
  readonly status: number;
  /** Bad inputs: each field's dotted path and what is wrong with it. */
  readonly issues: readonly Issue[];
  readonly requestId: string | null;
  readonly rateLimit: RateLimit | null;

  constructor(body: unknown, response: Response) {
    const known = isErrorBody(body) ? body.error : undefined;
    super(known?.message ?? `The server answered ${response.status} without an API error body.`);
    this.code = known?.code ?? "UNEXPECTED_RESPONSE";
    this.status = response.status;
    this.issues = known?.issues ?? [];
    this.requestId = known?.requestId ?? response.headers.get("x-request-id");
    this.rateLimit = rateLimitOf(response);
  }
}

/**
 * The data of a call, or a thrown `ReboundApiError`, for code that prefers exceptions:
 * `const { plan } = await unwrap(rebound.POST("/plan", { body }))`.
 */
export async function unwrap<Data>(
  call: Promise<{ data?: Data; error?: unknown; response: Response }>,
): Promise<Data> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw new ReboundApiError(error, response);
  return data as Data;
}
