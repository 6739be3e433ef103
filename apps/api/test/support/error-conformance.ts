import { Ajv } from "ajv";
import type { FastifyInstance } from "fastify";
import { ERROR_CODES } from "../../src/http/error-body.js";
import { buildOpenApiDocument, REST_BASE } from "../../src/http/openapi.js";

type Json = Record<string, unknown>;

interface Documented {
  validate: (body: unknown) => boolean;
  errors: () => string;
  /** `POST /api/v1/plan` → the statuses its operation declares. */
  declared: Map<string, Set<number>>;
  /** Every error answer the document describes (components.responses). */
  described: Set<number>;
}

let documented: Promise<Documented> | undefined;

/** The document's own `Error` schema and each operation's declared error statuses, read once per file. */
export function documentedErrors(): Promise<Documented> {
  documented ??= buildOpenApiDocument().then((document) => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const schemas = (document.components as Json).schemas as Json;
    const validate = ajv.compile(schemas.Error as Json);
    const declared = new Map<string, Set<number>>();
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(item as Record<string, Json>)) {
        const statuses = Object.keys(operation.responses as Json).map(Number);
        declared.set(`${method.toUpperCase()} ${REST_BASE}${path}`, new Set(statuses));
      }
    }
    const responses = (document.components as Json).responses as Record<string, Json>;
    const described = new Set(
      Object.values(responses).map(
        (response) =>
          (
            (response.content as Json)["application/json"] as {
              example: { error: { status: number } };
            }
          ).example.error.status,
      ),
    );
    return {
      validate: (body) => validate(body),
      errors: () => ajv.errorsText(validate.errors),
      declared,
      described,
    };
  });
  return documented;
}

export interface ErrorAnswer {
  method: string;
  /** The path without its query. */
  path: string;
  status: number;
  headers: Record<string, unknown>;
  body: string;
}

/**
 * What is wrong with one error answer, or null: the body must match the document's `Error`
 * schema exactly (tRPC's envelope on /api/trpc, with the same fields in `data`), name the
 * `X-Request-Id` it was sent with, and have a status the document describes; on a REST
 * operation, one that operation declares.
 */
export async function errorAnswerProblem(answer: ErrorAnswer): Promise<string | null> {
  const { validate, errors, declared, described } = await documentedErrors();
  const where = `${answer.method} ${answer.path} → ${answer.status}`;
  let body: Json | Json[];
  try {
    body = JSON.parse(answer.body) as Json | Json[];
  } catch {
    return `${where}: not JSON: ${answer.body.slice(0, 100)}`;
  }
  const requestId = answer.headers["x-request-id"];
  if (typeof requestId !== "string") return `${where}: no X-Request-Id`;
  if (!(answer.status in ERROR_CODES) || !described.has(answer.status))
    return `${where}: a status the document does not describe`;
  if (answer.path.startsWith("/api/trpc/")) {
    // A batch answers one envelope per call, each with its own status (the answer's is the worst).
    const calls = (Array.isArray(body) ? body : [body]).filter((call) => call.error !== undefined);
    for (const call of calls) {
      const data = (call.error as { data?: Json }).data;
      const status = Array.isArray(body) ? data?.httpStatus : answer.status;
      if (data?.requestId !== requestId || typeof status !== "number" || !(status in ERROR_CODES))
        return `${where}: tRPC envelope without its request id or status: ${answer.body.slice(0, 200)}`;
    }
    return calls.length > 0 ? null : `${where}: no error in the answer`;
  }
  if (Array.isArray(body)) return `${where}: an array`;
  if (!validate(body)) return `${where}: ${errors()}: ${answer.body.slice(0, 200)}`;
  const error = body.error as { status: number; requestId: string };
  if (error.status !== answer.status) return `${where}: body says ${error.status}`;
  if (error.requestId !== requestId) return `${where}: body names another request`;
  const operation = declared.get(`${answer.method} ${answer.path}`);
  if (operation && !operation.has(answer.status))
    return `${where}: the operation does not declare this status`;
  return null;
}

/**
 * Checks every error answer an app sends against the document, as tests run: the problems are
 * collected and asserted empty when the suite closes (`useTestApp`).
 */
export function recordErrorAnswers(app: FastifyInstance): string[] {
  const problems: string[] = [];
  app.addHook("onSend", async (request, reply, payload) => {
    if (reply.statusCode < 400 || request.url === "/readyz") return payload;
    const problem = await errorAnswerProblem({
      method: request.method,
      path: request.url.split("?")[0] ?? "",
      status: reply.statusCode,
      headers: reply.getHeaders(),
      body: typeof payload === "string" ? payload : String(payload),
    });
    if (problem !== null) problems.push(problem);
    return payload;
  });
  return problems;
}
