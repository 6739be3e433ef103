import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  ApiError,
  errorBody,
  INTERNAL_MESSAGE,
  JSON_ONLY_MESSAGE,
  knownStatus,
  type ErrorAnswer,
} from "./error-body.js";
import { loggableError } from "./loggable-error.js";
import { newRequestId } from "./request-id.js";
import { sendError } from "./send-error.js";

/** What a framework error says: our words, never the URL or a parser's internals. */
function frameworkAnswer(error: FastifyError, bodyLimit: number): ErrorAnswer {
  const status = knownStatus(error.statusCode ?? 500);
  switch (status) {
    case 400:
      if (error.code === "FST_ERR_CTP_EMPTY_JSON_BODY")
        return { status, message: "The request body is empty: send a JSON object." };
      if (error.code === "FST_ERR_BAD_URL")
        return { status, message: "The URL is not valid (check its percent-encoding)." };
      return { status, message: "The request body is not valid JSON." };
    case 413:
      return { status, message: `The request body is too large: at most ${bodyLimit} bytes.` };
    case 414:
      return { status, message: "The URL is too long." };
    case 415:
      return { status, message: JSON_ONLY_MESSAGE };
    case 500:
      return { status, message: INTERNAL_MESSAGE };
    default:
      return { status, message: error.message };
  }
}

/**
 * Errors raised outside the procedures (hooks, body parsing, rate limiter, idempotency) answer
 * in the one error shape. Anything unexpected is a 500 whose details stay in the log.
 */
export function registerErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      reply.headers(error.headers);
      return sendError(request, reply, error);
    }
    const answer = frameworkAnswer(error, bodyLimit);
    if (answer.status === 500) {
      request.log.error({ err: loggableError(error) }, "request failed");
    }
    return sendError(request, reply, answer);
  });
}

/** Fastify's `frameworkErrors`: a malformed or over-long URL, before any route or hook ran. */
export function frameworkErrors(
  bodyLimit: number,
): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) =>
    void sendError(request, reply, frameworkAnswer(error, bodyLimit));
}

/**
 * Node's HTTP parser refusing a request (headers too large, a malformed request line, a
 * timeout): Fastify has no request then, so the answer is written on the socket, in our shape.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const answer: ErrorAnswer =
    error.code === "HPE_HEADER_OVERFLOW"
      ? { status: 431, message: "The request's headers (or its URL) are too large." }
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? { status: 408, message: "The request took too long to arrive." }
        : { status: 400, message: "The request is not valid HTTP." };
  const requestId = newRequestId();
  const body = JSON.stringify(errorBody(answer, requestId));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${answer.status} ${answer.status === 431 ? "Request Header Fields Too Large" : answer.status === 408 ? "Request Timeout" : "Bad Request"}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Longest URL the API reads; Node refuses a request line over ~16 KB by itself (431). */
export const MAX_URL_LENGTH = 8192;

/** API paths: where auth, rate limits, the URL limit and JSON errors apply (not pages or assets). */
export function isApiUrl(url: string): boolean {
  return url.startsWith("/api/") || url === "/api" || url === "/mcp" || url.startsWith("/mcp?");
}

/** 414 for an over-long API URL, in our shape and without echoing it. */
export function registerUrlLimit(app: FastifyInstance): void {
  app.addHook("onRequest", (request, _reply, done) => {
    if (request.url.length > MAX_URL_LENGTH && isApiUrl(request.url)) {
      done(new ApiError(414, "The URL is too long."));
      return;
    }
    done();
  });
}

/** Methods of each fixed API path, gathered as routes are added: what answers 405 and `Allow`. */
export function trackRouteMethods(app: FastifyInstance): Map<string, Set<string>> {
  const methods = new Map<string, Set<string>>();
  app.addHook("onRoute", (route) => {
    if (!isApiUrl(route.url) || route.url.includes(":") || route.url.includes("*")) return;
    const known = methods.get(route.url) ?? new Set<string>();
    for (const method of [route.method].flat()) known.add(method);
    methods.set(route.url, known);
  });
  return methods;
}

/**
 * An API path with another method answers 405 with `Allow`; unknown API routes answer 404 in
 * our shape; a page route falls back to the web app when it is built.
 */
export function registerNotFound(
  app: FastifyInstance,
  spaFallback: ((url: string) => boolean) | null,
  routeMethods: Map<string, Set<string>>,
): void {
  app.setNotFoundHandler((request, reply) => {
    if (spaFallback && request.method === "GET" && spaFallback(request.url)) {
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    }
    const path = request.url.split("?")[0] ?? "";
    const allowed = routeMethods.get(path);
    if (allowed) {
      reply.header("allow", [...allowed].sort().join(", "));
      return sendError(request, reply, {
        status: 405,
        message: `${path} does not answer ${request.method}; it answers ${[...allowed].sort().join(", ")}.`,
      });
    }
    const shown = path.length > 120 ? `${path.slice(0, 120)}…` : path;
    return sendError(request, reply, {
      status: 404,
      message: `No route for ${request.method} ${shown}.`,
    });
  });
}
