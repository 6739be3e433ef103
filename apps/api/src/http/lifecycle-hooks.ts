import type { FastifyInstance } from "fastify";
import type { Lifecycle } from "../lifecycle/lifecycle.js";

/**
 * Once shutdown has begun, every answer asks its client not to keep the connection (Node then
 * closes it after the answer), and a connection left idle after an answer is closed at once:
 * nothing is left for the server's close to wait on.
 */
export function registerLifecycle(app: FastifyInstance): Lifecycle {
  const lifecycle: Lifecycle = { phase: "serving" };
  app.decorate("lifecycle", lifecycle);
  app.addHook("onSend", (request, reply, _payload, done) => {
    if (lifecycle.phase !== "serving" && request.raw.httpVersionMajor === 1) {
      reply.header("connection", "close");
    }
    done();
  });
  app.addHook("onResponse", (_request, _reply, done) => {
    if (lifecycle.phase === "closing") app.server.closeIdleConnections();
    done();
  });
  return lifecycle;
}
