import type { AppRouter } from "@rebound/api";
import { createTRPCClient, httpLink } from "@trpc/client";

/** Where the API answers; the API serves this app from the same origin (Vite proxies /api in dev). */
const API_PATH = "/api/trpc";

export type ReboundClient = ReturnType<typeof createTRPCClient<AppRouter>>;

let client: ReboundClient | undefined;

/** The typed API client. Only the save-and-resume screens load it, so the coach itself never needs the network. */
export function reboundClient(): ReboundClient {
  client ??= createTRPCClient<AppRouter>({
    links: [httpLink({ url: new URL(API_PATH, window.location.origin).href })],
  });
  return client;
}
