import type { RequestAuth } from "../context.js";
import type { Lifecycle } from "../lifecycle/lifecycle.js";

declare module "fastify" {
  interface FastifyInstance {
    /** Serving, draining or closing: set by the shutdown, read by readiness and every answer. */
    lifecycle: Lifecycle;
  }

  interface FastifyRequest {
    /** Resolved in an onRequest hook, before rate limiting and the procedures. */
    auth: RequestAuth;
  }
}
