import type { TRPCError } from "@trpc/server";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  fastifyTRPCOpenApiPlugin,
  generateOpenApiDocument,
  type OpenAPIObject,
} from "trpc-to-openapi";
import { appRouter } from "../app-router.js";
import type { CreateContext } from "./trpc-routes.js";
import { DOCS_HTML, DOCS_SCRIPT } from "./docs-page.js";

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

export async function registerRest(
  app: FastifyInstance,
  createContext: CreateContext,
): Promise<void> {
  const document = buildOpenApiDocument();
  app.get("/api/openapi.json", () => document);
  app.get("/api/docs", (_request, reply) => reply.type("text/html; charset=utf-8").send(DOCS_HTML));
  app.get("/api/docs/docs.js", (_request, reply) =>
    reply.type("text/javascript; charset=utf-8").send(DOCS_SCRIPT),
  );
  await app.register(fastifyTRPCOpenApiPlugin, {
    basePath: REST_BASE,
    router: appRouter,
    createContext: ({ req, res }: { req: FastifyRequest; res: FastifyReply }) =>
      createContext(req, res),
    onError: ({ error, req }: { error: TRPCError; req: FastifyRequest }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        req.log.error(
          { err: { type: error.cause?.name, message: error.cause?.message } },
          "REST call failed",
        );
      }
    },
  });
}
