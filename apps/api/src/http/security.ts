import { IncomingMessage, type ServerResponse } from "node:http";
import { Socket } from "node:net";
import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";
import type { Database } from "../db/create-database.js";
import { isOriginOfAnyAgency } from "../store/agencies.js";

/**
 * The publishable (widget) endpoints: REST under /api/v1/widget/, or a tRPC call (or batch)
 * made only of widget procedures, so a batch cannot smuggle an agency procedure past CORS.
 */
export function isWidgetPath(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  if (path.startsWith("/api/v1/widget/")) return true;
  if (!path.startsWith("/api/trpc/")) return false;
  const procedures = path.slice("/api/trpc/".length).split(",");
  return procedures.every((procedure) => /^widget\.[A-Za-z]+$/.test(procedure));
}

export const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      "frame-ancestors": ["'none'"],
      "connect-src": ["'self'"],
      // `start` serves plain http on loopback; upgrading would break every asset there.
      // Behind a TLS proxy the proxy's HSTS does this job.
      "upgrade-insecure-requests": null,
    },
  },
  frameguard: { action: "deny" },
};

/**
 * The headers helmet's middleware writes with our options, read once by running it against a
 * recording response: none of them depends on the request, and running helmet's dozen
 * middlewares (each validating through `setHeader`) on every answer cost ~6% of a plan request.
 */
export function securityHeaders(options: HelmetOptions = HELMET_OPTIONS): Record<string, string> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  const request = new IncomingMessage(new Socket());
  helmet(options)(request, recorder as unknown as ServerResponse, (error) => {
    if (error instanceof Error) throw error;
  });
  return Object.fromEntries(headers);
}

/**
 * Helmet headers on every answer; every page refuses framing unless a route (the /embed page)
 * rewrites them.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = securityHeaders();
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

/** The loader's site check, which every page must be able to read (above all a refused one). */
export const SITE_STATUS_PATH = "/api/v1/widget/status";

/**
 * CORS only for the publishable endpoints and only for origins some agency allows; same-origin
 * elsewhere. The site check answers any origin, without credentials.
 */
export async function registerCors(app: FastifyInstance, db: Database): Promise<void> {
  await app.register(cors, {
    delegator: (request, callback) => {
      const origin = request.headers.origin;
      if (request.url.split("?")[0] === SITE_STATUS_PATH) {
        callback(null, { origin: "*", methods: ["GET"], maxAge: 600 });
        return;
      }
      if (origin === undefined || !isWidgetPath(request.url)) {
        callback(null, { origin: false });
        return;
      }
      isOriginOfAnyAgency(db, origin).then(
        (allowed) =>
          callback(null, {
            origin: allowed ? origin : false,
            methods: ["GET", "POST"],
            maxAge: 600,
          }),
        () => callback(null, { origin: false }),
      );
    },
  });
}
