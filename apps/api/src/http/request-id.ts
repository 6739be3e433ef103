import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";

/**
 * Every answer names its request (`X-Request-Id`, and `requestId` in every error body), so a
 * caller can quote it and we can find the request's log lines. Always ours: a caller's own id
 * would let anyone choose what our log lines say.
 */
export function newRequestId(): string {
  return `req_${randomBytes(12).toString("base64url")}`;
}

export function registerRequestId(app: FastifyInstance): void {
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    done();
  });
}
