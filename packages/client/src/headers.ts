/** Where a caller stands against the rate limit, from an answer's headers. */
export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  /** Requests left in this window. */
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  /** On a 429 (or a 409 for an idempotency key still running): seconds to wait. */
  retryAfterSeconds: number | null;
}

function integerHeader(response: Response, name: string): number | null {
  const value = response.headers.get(name);
  if (value === null || value.trim() === "") return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** The `X-RateLimit-*` and `Retry-After` headers of an answer, or null when it has none. */
export function rateLimitOf(response: Response): RateLimit | null {
  const limit = integerHeader(response, "x-ratelimit-limit");
  const remaining = integerHeader(response, "x-ratelimit-remaining");
  const resetSeconds = integerHeader(response, "x-ratelimit-reset");
  if (limit === null || remaining === null || resetSeconds === null) return null;
  return {
    limit,
    remaining,
    resetSeconds,
    retryAfterSeconds: integerHeader(response, "retry-after"),
  };
}

/** The answer's `X-Request-Id`: quote it when you ask about a failed call. */
export function requestIdOf(response: Response): string | null {
  return response.headers.get("x-request-id");
}
