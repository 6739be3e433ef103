import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
// getErrorShape runs our errorFormatter exactly as tRPC does; trpc-to-openapi imports it from here too.
import { getErrorShape, getTRPCErrorFromUnknown } from "@trpc/server/unstable-core-do-not-import";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { OpenApiMeta } from "trpc-to-openapi";
import { appRouter } from "../app-router.js";
import type { Context } from "../context.js";
import { callProcedure, PROCEDURES } from "./procedures.js";
import type { CreateContext } from "./trpc-routes.js";

type QueryValue = string | string[] | undefined;

interface Operation {
  /** The procedure's dotted path, e.g. `plan.build`. */
  path: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  segments: string[];
  hasInput: boolean;
  /** For GET: the input keys that are numbers or booleans, converted from their query text. */
  queryTypes: Map<string, "number" | "boolean">;
}

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
        hasInput: input !== undefined && !voidInput,
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

/**
 * One Fastify route per OpenAPI operation, calling its procedure through `createCaller`: the
 * same input validation, middlewares and errorFormatter as tRPC, without trpc-to-openapi's
 * per-request URL parsing, schema walking and Node response shims.
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
        let ctx: Context | undefined;
        let input: unknown;
        try {
          if (readsBody && !isJson(request.headers["content-type"])) {
            throw new TRPCError({
              code: "UNSUPPORTED_MEDIA_TYPE",
              message: "Send the body as application/json.",
            });
          }
          if (operation.hasInput) {
            input = readsBody
              ? request.body
              : queryInput(request.query as Record<string, QueryValue>, operation.queryTypes);
          }
          ctx = createContext(request, reply);
          const data = await callProcedure(ctx, operation.segments, input);
          return await reply.send(data);
        } catch (cause) {
          const error = getTRPCErrorFromUnknown(cause);
          if (error.code === "INTERNAL_SERVER_ERROR") {
            request.log.error(
              { err: { type: error.cause?.name, message: error.cause?.message } },
              "REST call failed",
            );
          }
          const shape = getErrorShape({
            config: appRouter._def._config,
            error,
            type: operation.method === "GET" ? "query" : "mutation",
            path: operation.path,
            input,
            ctx,
          });
          return await reply
            .status(getHTTPStatusCodeFromError(error))
            .send({ ...shape, code: error.code });
        }
      },
    });
  }
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.startsWith("application/json") === true;
}
