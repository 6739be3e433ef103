import { getTRPCErrorFromUnknown } from "@trpc/server/unstable-core-do-not-import";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { OpenApiMeta } from "trpc-to-openapi";
import type { Context } from "../context.js";
import { describeProcedureError, summariseIssues } from "../errors.js";
import { errorBody, JSON_ONLY_MESSAGE } from "./error-body.js";
import { IDEMPOTENT_OPERATIONS, idempotently, type RestAnswer } from "./idempotency.js";
import { callProcedure, PROCEDURES } from "./procedures.js";
import { loggableError } from "./loggable-error.js";
import { sendError } from "./send-error.js";
import type { CreateContext } from "./trpc-routes.js";
import { unknownFieldIssues } from "./unknown-fields.js";

type QueryValue = string | string[] | undefined;

interface Operation {
  /** The procedure's dotted path, e.g. `plan.build`. */
  path: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  segments: string[];
  /** The procedure's input schema; undefined when it takes none. */
  input: ZodParser | undefined;
  /** For GET: the input keys that are numbers or booleans, converted from their query text. */
  queryTypes: Map<string, "number" | "boolean">;
}

type ZodParser = Parameters<typeof unknownFieldIssues>[0];

/** Only the zod wrappers our inputs use; anything else is left as text for zod to judge. */
interface ZodIntrospect {
  _zod?: {
    def: { type: string; innerType?: ZodIntrospect; shape?: Record<string, ZodIntrospect> };
  };
}

function baseType(schema: ZodIntrospect | undefined): ZodIntrospect | undefined {
  let current = schema;
  while (current?._zod?.def.innerType !== undefined) current = current._zod.def.innerType;
  return current;
}

function queryTypesOf(input: unknown): Map<string, "number" | "boolean"> {
  const types = new Map<string, "number" | "boolean">();
  const shape = baseType(input as ZodIntrospect)?._zod?.def.shape ?? {};
  for (const [key, field] of Object.entries(shape)) {
    const type = baseType(field)?._zod?.def.type;
    if (type === "number" || type === "boolean") types.set(key, type);
  }
  return types;
}

/** The OpenAPI operations, found once at start from the procedures' `meta.openapi`. */
export function restOperations(basePath: string): Operation[] {
  return Object.entries(PROCEDURES).flatMap(([path, procedure]) => {
    if (procedure === undefined) return [];
    const openapi = (procedure._def.meta as OpenApiMeta | undefined)?.openapi;
    if (openapi === undefined || openapi.enabled === false) return [];
    const input: unknown = procedure._def.inputs[0];
    const voidInput = baseType(input as ZodIntrospect)?._zod?.def.type === "void";
    return [
      {
        path,
        method: openapi.method,
        url: `${basePath}${openapi.path}`,
        segments: path.split("."),
        input: input === undefined || voidInput ? undefined : (input as ZodParser),
        queryTypes: openapi.method === "GET" ? queryTypesOf(input) : new Map(),
      },
    ];
  });
}

/** Query text to input: single values unwrapped, numbers and booleans converted, like trpc-to-openapi. */
function queryInput(
  query: Record<string, QueryValue>,
  types: Operation["queryTypes"],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (raw === undefined || raw === "") continue;
    const value = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
    const type = types.get(key);
    input[key] =
      typeof value !== "string" || type === undefined
        ? value
        : type === "number"
          ? Number(value)
          : value === "true"
            ? true
            : value === "false"
              ? false
              : value;
  }
  return input;
}

/** Calls the operation's procedure; its errors become answers in the one error shape. */
async function answerProcedure(
  operation: Operation,
  request: FastifyRequest,
  ctx: Context,
  input: unknown,
): Promise<RestAnswer> {
  try {
    const data = await callProcedure(ctx, operation.segments, input);
    return { status: 200, body: JSON.stringify(data) };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    if (error.code === "INTERNAL_SERVER_ERROR") {
      request.log.error({ err: loggableError(error.cause) }, "REST call failed");
    }
    const answer = describeProcedureError(error);
    return { status: answer.status, body: JSON.stringify(errorBody(answer, request.id)) };
  }
}

/**
 * One Fastify route per OpenAPI operation, calling its procedure through `createCaller`: the
 * same input validation, middlewares and messages as tRPC, without trpc-to-openapi's
 * per-request URL parsing, schema walking and Node response shims. REST is the boundary third
 * parties call, so it also refuses unknown fields, and honours `Idempotency-Key` on the POSTs
 * that create something.
 */
export function registerRestRoutes(
  app: FastifyInstance,
  basePath: string,
  createContext: CreateContext,
): void {
  for (const operation of restOperations(basePath)) {
    const readsBody = operation.method !== "GET" && operation.method !== "DELETE";
    app.route({
      method: operation.method,
      url: operation.url,
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        if (readsBody && !isJson(request.headers["content-type"])) {
          return sendError(request, reply, { status: 415, message: JSON_ONLY_MESSAGE });
        }
        let input: unknown;
        if (operation.input !== undefined) {
          input = readsBody
            ? request.body
            : queryInput(request.query as Record<string, QueryValue>, operation.queryTypes);
          const unknown = unknownFieldIssues(operation.input, input);
          if (unknown.length > 0) {
            return sendError(request, reply, {
              status: 400,
              message: summariseIssues(unknown),
              issues: unknown,
            });
          }
        }
        const ctx = createContext(request, reply);
        const run = () => answerProcedure(operation, request, ctx, input);
        const answer = IDEMPOTENT_OPERATIONS.has(operation.path)
          ? await idempotently(ctx.db, request, operation.path, input, ctx.now(), run)
          : await run();
        return reply
          .status(answer.status)
          .headers(answer.headers ?? {})
          .type("application/json; charset=utf-8")
          .send(answer.body);
      },
    });
  }
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.startsWith("application/json") === true;
}
