import type { FastifyError, FastifyInstance } from "fastify";

interface ErrorBody {
  error: { code: string; message: string };
}

function body(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

const CODES: Record<number, string> = {
  400: "BAD_REQUEST",
  404: "NOT_FOUND",
  405: "METHOD_NOT_SUPPORTED",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "TOO_MANY_REQUESTS",
};

/**
 * Errors raised outside the procedures (JSON parse errors, body too large, rate limit) answer
 * JSON with their own 4xx status. Anything else is a 500 whose details stay in the log.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status =
      typeof error.statusCode === "number" && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error(
        { err: { type: error.name, code: error.code, message: error.message } },
        "request failed",
      );
      return reply
        .status(500)
        .send(body("INTERNAL_SERVER_ERROR", "Something went wrong on our side."));
    }
    const message =
      status === 413
        ? "The request body is too large."
        : status === 400 && error.code === "FST_ERR_CTP_INVALID_JSON_BODY"
          ? "The request body is not valid JSON."
          : error.message;
    return reply.status(status).send(body(CODES[status] ?? "BAD_REQUEST", message));
  });
}

/** Unknown API routes answer 404 JSON; a page route falls back to the web app when it is built. */
export function registerNotFound(
  app: FastifyInstance,
  spaFallback: ((url: string) => boolean) | null,
): void {
  app.setNotFoundHandler((request, reply) => {
    if (spaFallback && request.method === "GET" && spaFallback(request.url)) {
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    }
    return reply
      .status(404)
      .send(
        body("NOT_FOUND", `No route for ${request.method} ${request.url.split("?")[0] ?? ""}.`),
      );
  });
}
