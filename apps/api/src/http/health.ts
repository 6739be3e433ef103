import type { FastifyInstance } from "fastify";
import type { DatabaseHandle } from "../db/create-database.js";
import type { Lifecycle } from "../lifecycle/lifecycle.js";
import type { RateLimiter } from "../limits/rate-limiter.js";

/**
 * `/healthz`: the process answers. `/readyz`: whether to send it traffic. 200 `ready`; 200
 * `degraded` while the shared rate-limit store (Redis) is unreachable and this process counts on
 * its own (every process would be in the same state, so none is taken out); 503 `draining` once
 * shutdown has begun; 503 `database unreachable`.
 */
export function registerHealth(
  app: FastifyInstance,
  database: DatabaseHandle,
  limiter: RateLimiter,
  lifecycle: Lifecycle,
): void {
  app.get("/healthz", () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const rateLimitStore = limiter.storeState();
    if (lifecycle.phase !== "serving")
      return reply.status(503).send({ status: "draining", rateLimitStore });
    if (!(await database.ping()))
      return reply.status(503).send({ status: "database unreachable", rateLimitStore });
    const shared = rateLimitStore === "memory" || rateLimitStore === "redis";
    return reply.send({ status: shared ? "ready" : "degraded", rateLimitStore });
  });
}
