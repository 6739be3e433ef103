import type { IncomingMessage } from "node:http";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";
import type { TRPCError } from "@trpc/server";
import { resolveResponse } from "@trpc/server/http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { appRouter } from "../app-router.js";
import type { Context, WebhookContext } from "../context.js";
import type { Database } from "../db/create-database.js";
import { readCookie, SESSION_COOKIE } from "../security/cookies.js";
import { JSON_ONLY_MESSAGE } from "./error-body.js";
import { sendError } from "./send-error.js";
import type { RateLimiter } from "../limits/rate-limiter.js";
import { shareCounter } from "../limits/share-counter.js";
import { loggableError } from "./loggable-error.js";
import { MAX_BATCH_CALLS, TRPC_BASE, TRPC_ROUTE } from "./trpc-calls.js";
import { answerSingleCall, singleMutationCall } from "./trpc-single-call.js";

export type CreateContext = (request: FastifyRequest, reply: FastifyReply) => Context;

/** One context factory for tRPC and REST: auth was resolved in the onRequest hook. */
export function contextFactory(
  db: Database,
  now: () => Date,
  webhooks: WebhookContext,
  limiter: RateLimiter,
): CreateContext {
  const countShare = shareCounter(limiter);
  return (request, reply) => ({
    db,
    now,
    auth: request.auth,
    sessionToken: readCookie(request.headers.cookie, SESSION_COOKIE),
    requestOrigin: request.headers.origin ?? null,
    ownOrigin: `${request.protocol}://${request.host}`,
    secure: request.protocol === "https",
    setCookie: (cookie) => void reply.header("set-cookie", cookie),
    requestId: request.id,
    webhooks,
    countShare,
  });
}

/** Logs what went wrong inside a procedure, never its input (it may be personal). */
function logFailure(request: FastifyRequest) {
  return (error: TRPCError, path: string | undefined) => {
    if (error.code === "INTERNAL_SERVER_ERROR") {
      request.log.error({ path, err: loggableError(error.cause) }, "procedure failed");
    }
  };
}

/**
 * Headers of tRPC's fetch Response that Node writes itself from how the body is sent (framing),
 * or that we merge ourselves (cookies, Vary): copying `transfer-encoding` beside the
 * Content-Length of a whole body made an answer no HTTP client accepts.
 */
const NOT_COPIED = new Set([
  "set-cookie",
  "vary",
  "transfer-encoding",
  "content-length",
  "connection",
]);

/**
 * tRPC's own request handling (`resolveResponse`: batches, queries, streaming), but a JSON answer
 * is sent as one buffer: tRPC's Fastify plugin hands Fastify the fetch `Response`, which streams
 * it as chunks (three socket writes per call instead of one).
 */
async function answerThroughTrpc(
  request: FastifyRequest<{ Params: { path: string } }>,
  reply: FastifyReply,
  createContext: CreateContext,
): Promise<FastifyReply> {
  const raw: IncomingMessage & { body?: unknown } = request.raw;
  raw.body = request.body;
  const onError = logFailure(request);
  const response = await resolveResponse({
    router: appRouter,
    req: incomingMessageToRequest(raw, reply.raw, { maxBodySize: null }),
    path: request.params.path,
    maxBatchSize: MAX_BATCH_CALLS,
    error: null,
    createContext: () => Promise.resolve(createContext(request, reply)),
    onError: ({ error, path }) => onError(error, path),
  });
  reply.status(response.status);
  for (const [name, value] of response.headers) {
    if (!NOT_COPIED.has(name)) reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header("set-cookie", cookies);
  // tRPC marks a streamed (jsonl) answer `transfer-encoding: chunked`, with a JSON content type;
  // an event stream has a content type of its own. Stream those (Node chunks them); send a JSON
  // answer whole (Node sets its Content-Length).
  const streamed =
    response.headers.get("transfer-encoding") === "chunked" ||
    !response.headers.get("content-type")?.startsWith("application/json");
  return reply.send(streamed ? response.body : await response.text());
}

/**
 * Mounted like tRPC's Fastify plugin. A lone mutation (what the typed client's httpLink sends)
 * takes the direct path in trpc-single-call.ts; everything else goes through tRPC's handler.
 */
export async function registerTrpc(
  app: FastifyInstance,
  createContext: CreateContext,
): Promise<void> {
  await app.register((scope, _options, done) => {
    // tRPC reads the body text itself; this parser change stays inside this scope.
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) =>
      done(null, body),
    );
    scope.all<{ Params: { path: string } }>(TRPC_ROUTE, (request, reply) => {
      // tRPC's answers vary on these; keep CORS's `Vary: Origin` next to them.
      reply.header("vary", joinVary(reply.getHeader("vary"), "trpc-accept, accept"));
      // tRPC answers GET (queries) and POST (mutations, batches); a preflight CORS did not accept
      // ends here too.
      if (request.method !== "GET" && request.method !== "POST" && request.method !== "HEAD") {
        reply.header("allow", "GET, POST");
        return sendError(request, reply, {
          status: 405,
          message: `The tRPC endpoint answers GET and POST, not ${request.method}.`,
        });
      }
      // tRPC's own 415 cuts its message short (`Unsupported content-type "text/plain`).
      const type = request.headers["content-type"];
      if (request.method === "POST" && type !== undefined && !type.startsWith("application/json")) {
        return sendError(request, reply, {
          status: 415,
          message: JSON_ONLY_MESSAGE,
        });
      }
      const call = singleMutationCall(request, TRPC_BASE, request.params.path);
      return call === null
        ? answerThroughTrpc(request, reply, createContext)
        : answerSingleCall(call, request, reply, createContext, logFailure(request));
    });
    done();
  });
}

function joinVary(existing: unknown, added: string): string {
  return typeof existing === "string" && existing !== "" ? `${existing}, ${added}` : added;
}
