import type { Database } from "./db/create-database.js";

/** Who is calling, resolved once per request before rate limiting. */
export interface RequestAuth {
  /** Set by a valid secret key or a live dashboard session. */
  agencyId: string | null;
  via: "secret-key" | "session" | "admin" | null;
  /** A bearer token was sent but is not a valid key: answered 401 where a key is needed. */
  invalidKey: boolean;
}

export const ANONYMOUS: RequestAuth = { agencyId: null, via: null, invalidKey: false };

/** Everything a procedure may use; built from a Fastify request, or by hand in router tests. */
export interface Context {
  db: Database;
  /** The clock, injectable so tests are deterministic. */
  now: () => Date;
  auth: RequestAuth;
  /** The dashboard cookie value, for sign-out. */
  sessionToken: string | null;
  /** The `Origin` header of the request, if the browser sent one. */
  requestOrigin: string | null;
  /** This server's own origin as the request reached it (scheme + Host). */
  ownOrigin: string | null;
  /** Whether the request came over https (directly or via a trusted proxy): decides `Secure` cookies. */
  secure: boolean;
  setCookie: (cookie: string) => void;
  /** The request's `X-Request-Id`, repeated in error bodies (absent in router tests). */
  requestId?: string;
  /** What webhook procedures need from the server's configuration. */
  webhooks: WebhookContext;
  /** Counts one consented share against the agency's budget; throws TOO_MANY_REQUESTS past it. */
  countShare: (agencyId: string) => Promise<void>;
}

export interface WebhookContext {
  /** Seals and opens signing secrets at rest. */
  secretsKey: Buffer;
  /** Whether endpoints on this machine may be saved (see `WEBHOOK_ALLOW_LOOPBACK`). */
  allowLoopback: boolean;
}
