import type { RequestAuth } from "../context.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Resolved in an onRequest hook, before rate limiting and the procedures. */
    auth: RequestAuth;
  }
}
