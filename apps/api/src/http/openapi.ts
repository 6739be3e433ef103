import type { FastifyInstance } from "fastify";
import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { appRouter } from "../app-router.js";
import type { CreateContext } from "./trpc-routes.js";
import { DOCS_HTML, DOCS_SCRIPT } from "./docs-page.js";
import { registerRestRoutes } from "./rest-routes.js";

export const REST_BASE = "/api/v1";

/** The OpenAPI 3.1 document, generated from the same procedures the tRPC clients call. */
export function buildOpenApiDocument(): OpenAPIObject {
  return generateOpenApiDocument(appRouter, {
    title: "Rebound API",
    description:
      "Recovery plans, message drafts and draft checks after a difficult interview. Agency endpoints need `Authorization: Bearer sk_…`.",
    version: "1.0.0",
    openApiVersion: "3.1.0",
    baseUrl: REST_BASE,
    docsUrl: "/api/docs",
    securitySchemes: {
      bearerAuth: { type: "http", scheme: "bearer", description: "An agency secret key, sk_…" },
    },
  });
}

export function registerRest(app: FastifyInstance, createContext: CreateContext): void {
  const document = buildOpenApiDocument();
  app.get("/api/openapi.json", () => document);
  app.get("/api/docs", (_request, reply) => reply.type("text/html; charset=utf-8").send(DOCS_HTML));
  app.get("/api/docs/docs.js", (_request, reply) =>
    reply.type("text/javascript; charset=utf-8").send(DOCS_SCRIPT),
  );
  registerRestRoutes(app, REST_BASE, createContext);
}
