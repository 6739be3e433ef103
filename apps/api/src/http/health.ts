import type { FastifyInstance } from "fastify";
import type { DatabaseHandle } from "../db/create-database.js";

export function registerHealth(app: FastifyInstance, database: DatabaseHandle): void {
  app.get("/healthz", () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const ready = await database.ping();
    return reply
      .status(ready ? 200 : 503)
      .send({ status: ready ? "ready" : "database unreachable" });
  });
}
