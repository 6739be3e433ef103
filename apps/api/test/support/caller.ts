import { createCallerFactory } from "../../src/trpc.js";
import { appRouter } from "../../src/app-router.js";
import { ANONYMOUS, type Context, type RequestAuth } from "../../src/context.js";
import type { Database } from "../../src/db/create-database.js";
import { TEST_NOW } from "./debrief.js";
import { TEST_SECRETS_KEY } from "./secrets.js";

const createCaller = createCallerFactory(appRouter);

export interface CallerOptions {
  auth?: RequestAuth;
  /** Whether webhook endpoints on this machine may be saved (true, as on a developer's machine). */
  allowLoopback?: boolean;
  requestOrigin?: string | null;
  sessionToken?: string | null;
}

/** A caller without HTTP, plus the cookies procedures set (the dashboard sign-in). */
export function callerFor(db: Database, options: CallerOptions = {}) {
  const cookies: string[] = [];
  const context: Context = {
    db,
    now: () => TEST_NOW,
    auth: options.auth ?? ANONYMOUS,
    sessionToken: options.sessionToken ?? null,
    requestOrigin: options.requestOrigin ?? null,
    ownOrigin: "http://rebound.test",
    secure: false,
    setCookie: (cookie) => void cookies.push(cookie),
    webhooks: {
      secretsKey: Buffer.from(TEST_SECRETS_KEY, "base64"),
      allowLoopback: options.allowLoopback ?? true,
    },
    countShare: () => Promise.resolve(),
  };
  return { caller: createCaller(context), cookies };
}

export function asAgency(agencyId: string): RequestAuth {
  return { agencyId, via: "secret-key", invalidKey: false };
}
