import type { FastifyInstance } from "fastify";
import { registerDocsPage } from "./docs-page.js";
import { buildOpenApiDocument, REST_BASE } from "./openapi-document.js";
import { registerRestRoutes } from "./rest-routes.js";
import type { CreateContext } from "./trpc-routes.js";

export { buildOpenApiDocument, REST_BASE };

/** The REST routes, the OpenAPI document and its reference page. */
export async function registerRest(
  app: FastifyInstance,
  createContext: CreateContext,
): Promise<void> {
  const document = JSON.stringify(await buildOpenApiDocument());
  app.get("/api/openapi.json", (_request, reply) =>
    reply.type("application/json; charset=utf-8").send(document),
  );
  registerDocsPage(app);
  registerRestRoutes(app, REST_BASE, createContext);
}
