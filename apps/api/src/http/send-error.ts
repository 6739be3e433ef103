import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/unstable-core-do-not-import";
import type { FastifyReply, FastifyRequest } from "fastify";
import { ERROR_CODES, errorBody, type ErrorAnswer } from "./error-body.js";

type TrpcCode = keyof typeof TRPC_ERROR_CODES_BY_KEY;

/**
 * tRPC's clients only understand its JSON-RPC envelope (a numeric `code`, the rest in `data`), so
 * a framework error on /api/trpc (bad JSON, body too large, rate limited) is sent in it, carrying
 * the same code, status, request id and issues as the REST shape.
 */
export function trpcErrorEnvelope(answer: ErrorAnswer, requestId: string, code?: string) {
  const key = code ?? ERROR_CODES[answer.status];
  return {
    error: {
      message: answer.message,
      code:
        key in TRPC_ERROR_CODES_BY_KEY
          ? TRPC_ERROR_CODES_BY_KEY[key as TrpcCode]
          : TRPC_ERROR_CODES_BY_KEY.BAD_REQUEST,
      data: {
        code: key,
        httpStatus: answer.status,
        requestId,
        ...(answer.issues && answer.issues.length > 0 ? { issues: answer.issues } : {}),
      },
    },
  };
}

export function isTrpcUrl(url: string): boolean {
  return url.startsWith("/api/trpc/");
}

/** Answers an error in the one shape (tRPC's envelope on /api/trpc), with the request id. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: ErrorAnswer,
): FastifyReply {
  const body = isTrpcUrl(request.url)
    ? trpcErrorEnvelope(answer, request.id)
    : errorBody(answer, request.id);
  return reply
    .status(answer.status)
    .header("x-request-id", request.id)
    .type("application/json; charset=utf-8")
    .send(JSON.stringify(body));
}
