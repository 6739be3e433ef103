import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { appRouter, type AppRouter } from "../app-router.js";
import type { Context } from "../context.js";
import type { Database } from "../db/create-database.js";
import { readCookie, SESSION_COOKIE } from "../security/cookies.js";

export type CreateContext = (request: FastifyRequest, reply: FastifyReply) => Context;

/** One context factory for tRPC and REST: auth was resolved in the onRequest hook. */
export function contextFactory(db: Database, now: () => Date): CreateContext {
  return (request, reply) => ({
    db,
    now,
    auth: request.auth,
    sessionToken: readCookie(request.headers.cookie, SESSION_COOKIE),
    requestOrigin: request.headers.origin ?? null,
    ownOrigin: `${request.protocol}://${request.host}`,
    secure: request.protocol === "https",
    setCookie: (cookie) => void reply.header("set-cookie", cookie),
  });
}

export async function registerTrpc(
  app: FastifyInstance,
  createContext: CreateContext,
): Promise<void> {
  await app.register(fastifyTRPCPlugin, {
    prefix: "/api/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) => createContext(req, res),
      onError: ({ error, path, req }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") {
          req.log.error(
            { path, err: { type: error.cause?.name, message: error.cause?.message } },
            "procedure failed",
          );
        }
      },
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);
}
