import type { AppRouter } from "@rebound/api";
import { createTRPCClient, httpLink, type TRPCClient, TRPCClientError } from "@trpc/client";

export type ApiClient = TRPCClient<AppRouter>;

/**
 * The typed client for our own API, same origin: the widget frame and the dashboard both live
 * on the API's origin, so the dashboard's HttpOnly session cookie travels by itself.
 */
export function createApiClient(baseUrl = ""): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/api/trpc`,
        fetch: (url, init) => fetch(url, { ...init, credentials: "same-origin" }),
      }),
    ],
  });
}

export type ApiErrorKind = "unauthorized" | "forbidden" | "invalid" | "offline" | "other";

/** What went wrong with a call, in a form a screen can turn into plain words. */
export function apiErrorKind(error: unknown): ApiErrorKind {
  if (!(error instanceof TRPCClientError)) return "other";
  const code = (error.data as { code?: string } | undefined)?.code;
  if (code === "UNAUTHORIZED") return "unauthorized";
  if (code === "FORBIDDEN") return "forbidden";
  if (code === "BAD_REQUEST") return "invalid";
  // No response at all: the network is down or the server unreachable.
  return error.data === undefined ? "offline" : "other";
}

/** The server's own message for a bad input (it names the field); a generic line otherwise. */
export function apiErrorMessage(error: unknown, fallback: string): string {
  if (apiErrorKind(error) === "invalid" && error instanceof Error && error.message.length <= 300)
    return error.message;
  if (apiErrorKind(error) === "offline")
    return "We could not reach Rebound. Check your connection and try again.";
  return fallback;
}
