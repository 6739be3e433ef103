import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./generated/openapi.js";

export type { components, operations, paths } from "./generated/openapi.js";
export { rateLimitOf, requestIdOf, type RateLimit } from "./headers.js";
export { ReboundApiError, unwrap } from "./errors.js";

type Schemas = components["schemas"];
/** A debrief as you send it: only `interview.endedAt` and `organisation.name` are required. */
export type Debrief = Schemas["Debrief"];
/** A dated recovery plan. */
export type Plan = Schemas["Plan"];
/** A drafted message (email, note, call script…). */
export type Draft = Schemas["Draft"];
/** What the linter found in a draft, with a span and a suggestion. */
export type Finding = Schemas["Finding"];
/** The body of every error answer: `{ error: { code, status, message, requestId, issues? } }`. */
export type ErrorBody = Schemas["Error"];
export type ErrorCode = ErrorBody["error"]["code"];

export interface ReboundClientOptions {
  /** The server's origin, such as `http://127.0.0.1:3000`; the client adds `/api/v1`. */
  baseUrl: string;
  /**
   * An agency secret key (`sk_…`), sent as `Authorization: Bearer …`: needed for `/agency/*`,
   * optional elsewhere (it raises your rate limit and counts your plans). Server side only.
   */
  secretKey?: string | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** A fetch of your own (tests, proxies, retries); the global fetch by default. */
  fetch?: typeof globalThis.fetch;
}

/**
 * The REST API, typed from its OpenAPI document by openapi-fetch: `GET`, `POST` and `PATCH`
 * take a path and answer `{ data, error, response }`, where `error` is the typed error body.
 */
export type ReboundClient = Client<paths>;

export function createReboundClient(options: ReboundClientOptions): ReboundClient {
  const headers: Record<string, string> = { ...options.headers };
  if (options.secretKey !== undefined) headers.authorization = `Bearer ${options.secretKey}`;
  return createClient<paths>({
    baseUrl: `${options.baseUrl.replace(/\/+$/, "")}/api/v1`,
    headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
