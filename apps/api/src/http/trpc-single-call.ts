import { getHTTPStatusCodeFromError } from "@trpc/server/http";
// getErrorShape runs our errorFormatter exactly as tRPC's own handler does.
import { getErrorShape, getTRPCErrorFromUnknown } from "@trpc/server/unstable-core-do-not-import";
import type { TRPCError } from "@trpc/server";
import type { FastifyReply, FastifyRequest } from "fastify";
import { appRouter } from "../app-router.js";
import type { Context } from "../context.js";
import { callProcedure, PROCEDURES } from "./procedures.js";
import type { CreateContext } from "./trpc-routes.js";

export interface SingleCall {
  path: string;
  segments: string[];
  input: unknown;
}

const PLAIN_PATH = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/;

/**
 * A lone mutation as the typed client's `httpLink` sends it: POST to /api/trpc/<path>, a JSON
 * body that parses, no query (so no batch) and no streaming accept. Anything else returns null
 * and goes through tRPC's own handler, which also words every parse error.
 */
export function singleMutationCall(
  request: FastifyRequest,
  base: string,
  path: string,
): SingleCall | null {
  if (request.method !== "POST" || request.url !== `${base}/${path}`) return null;
  if (!PLAIN_PATH.test(path) || PROCEDURES[path]?._def.type !== "mutation") return null;
  if (request.headers["trpc-accept"] !== undefined) return null;
  if (request.headers["content-type"]?.startsWith("application/json") !== true) return null;
  const text = request.body;
  if (typeof text !== "string" || text === "") return null;
  try {
    return { path, segments: path.split("."), input: JSON.parse(text) };
  } catch {
    return null;
  }
}

/**
 * Answers a single call in tRPC's wire format (https://trpc.io/docs/rpc): `{ result: { data } }`
 * or `{ error: <formatted shape> }` with the error's HTTP status, as `resolveResponse` would, but
 * without building fetch `Request`/`Response` objects around it (most of a call's cost here).
 */
export async function answerSingleCall(
  call: SingleCall,
  request: FastifyRequest,
  reply: FastifyReply,
  createContext: CreateContext,
  onError: (error: TRPCError, path: string) => void,
): Promise<FastifyReply> {
  let ctx: Context | undefined;
  let status = 200;
  let body: unknown;
  try {
    ctx = createContext(request, reply);
    body = { result: { data: await callProcedure(ctx, call.segments, call.input) } };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    onError(error, call.path);
    status = getHTTPStatusCodeFromError(error);
    body = {
      error: getErrorShape({
        config: appRouter._def._config,
        error,
        type: "mutation",
        path: call.path,
        input: call.input,
        ctx,
      }),
    };
  }
  return reply.status(status).header("content-type", "application/json").send(JSON.stringify(body));
}
