import {
  AgencyCopySchema,
  DebriefSchema,
  FindingSchema,
  MessageSchema,
  PlanSchema,
  ShareSummarySchema,
  SourceRefSchema,
  ThemeTokensSchema,
} from "@rebound/core";
import { generateOpenApiDocument, type OpenAPIObject, type OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { appRouter } from "../app-router.js";
import { answerExamples } from "./docs/answer-examples.js";
import { clientSample, curlSample } from "./docs/code-samples.js";
import { REQUEST_EXAMPLES } from "./docs/examples.js";
import { GUIDE } from "./docs/guide.js";
import { IDEMPOTENT_OPERATIONS } from "./idempotency.js";
import {
  ANSWER_HEADERS,
  ERROR_SCHEMA,
  errorResponseComponents,
  errorResponseRefs,
  errorStatusesOf,
} from "./openapi-errors.js";
import { PROCEDURES } from "./procedures.js";

export const REST_BASE = "/api/v1";

type Json = Record<string, unknown>;

/** Core's big schemas get a name, so the document refers to them instead of repeating them. */
const NAMED_SCHEMAS: [z.ZodType, string][] = [
  [DebriefSchema, "Debrief"],
  [PlanSchema, "Plan"],
  [MessageSchema, "Draft"],
  [FindingSchema, "Finding"],
  [SourceRefSchema, "Source"],
  [ThemeTokensSchema, "ThemeTokens"],
  [AgencyCopySchema, "AgencyCopy"],
  [ShareSummarySchema, "ShareSummary"],
];

function nameSchemas(): void {
  for (const [schema, id] of NAMED_SCHEMAS) {
    if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
  }
}

/** Drops zod's 400-character ISO-date regexes where `format: date-time` already says it. */
function dropDatePatterns(node: unknown): void {
  if (Array.isArray(node)) node.forEach(dropDatePatterns);
  else if (typeof node === "object" && node !== null) {
    const record = node as Json;
    if (record.format === "date-time" && typeof record.pattern === "string") delete record.pattern;
    Object.values(record).forEach(dropDatePatterns);
  }
}

/** The route groups, in reading order, with a name and a line each. */
const TAGS = (
  [
    ["plan", "Plans", "Turn a debrief into a dated recovery plan, with its drafts if you ask."],
    ["messages", "Messages", "Draft one message of a plan, or check any draft against the guards."],
    ["catalogue", "Catalogue", "Every strategy (with its sources) and every message template."],
    ["debriefs", "Saved debriefs", "Save a debrief and come back to it with its resume token."],
    ["widget", "Widget", "What the embedded widget calls with an agency's publishable key."],
    [
      "agency",
      "Agency",
      "Your agency's settings, shared summaries and usage: a secret key is needed.",
    ],
  ] as const
).map(([name, displayName, description]) => ({ name, "x-displayName": displayName, description }));

const IDEMPOTENCY_PARAMETER = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "A fresh random value (a UUID) to retry safely: the same key and body within 24 hours answer as the first time; another body with the same key answers 422.",
  schema: {
    type: "string",
    minLength: 1,
    maxLength: 255,
    example: "7b0f4c3e-2d1a-4f5b-8c6d-9e0a1b2c3d4e",
  },
};

/**
 * The OpenAPI 3.1 document: generated from the same procedures the tRPC clients call, then made
 * exact and readable: every operation lists the error answers it can send (one `Error` schema),
 * the headers every answer has, `Idempotency-Key` where it applies, and a request and answer
 * example with curl and @rebound/client samples.
 */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  nameSchemas();
  const document = generateOpenApiDocument(appRouter, {
    title: "Rebound API",
    description: GUIDE,
    version: "1.0.0",
    openApiVersion: "3.1.0",
    baseUrl: REST_BASE,
    securitySchemes: {
      bearerAuth: {
        type: "http",
        scheme: "bearer",
        description: "An agency secret key, `sk_…`. Keep it on your server.",
      },
    },
  });
  const answers = await answerExamples();
  for (const [path, procedure] of Object.entries(PROCEDURES)) {
    const openapi = (procedure?._def.meta as OpenApiMeta | undefined)?.openapi;
    if (openapi === undefined || openapi.enabled === false) continue;
    const method = openapi.method.toLowerCase();
    const operation = (document.paths?.[openapi.path] as Record<string, Json> | undefined)?.[
      method
    ];
    if (operation === undefined) continue;
    const idempotent = IDEMPOTENT_OPERATIONS.has(path);
    const declared = Array.isArray(openapi.errorResponses) ? openapi.errorResponses : [];
    const success = (operation.responses as { "200": Json })["200"];
    (success.content as { "application/json": Json })["application/json"].example = answers[path];
    operation.responses = {
      "200": { ...success, headers: ANSWER_HEADERS },
      ...errorResponseRefs(
        errorStatusesOf({
          readsBody: method !== "get" && method !== "delete",
          idempotent,
          declared,
        }),
      ),
    };
    if (idempotent) {
      operation.parameters = [
        ...((operation.parameters as unknown[] | undefined) ?? []),
        IDEMPOTENCY_PARAMETER,
      ];
    }
    const request = REQUEST_EXAMPLES[path] ?? null;
    const body = (operation.requestBody as { content?: Record<string, Json> } | undefined)
      ?.content?.["application/json"];
    if (body && request) body.example = request;
    const sample = {
      method: openapi.method,
      path: openapi.path,
      needsSecretKey: openapi.protect === true,
      idempotent,
      request,
    };
    operation["x-codeSamples"] = [
      { lang: "Shell", label: "curl", source: curlSample(sample) },
      { lang: "TypeScript", label: "@rebound/client", source: clientSample(sample) },
    ];
  }
  document.tags = TAGS;
  const components = (document.components ?? {}) as Json & { schemas?: Json };
  const schemas = Object.fromEntries(
    Object.entries(components.schemas ?? {}).filter(([name]) => !name.startsWith("error.")),
  );
  document.components = {
    ...components,
    schemas: { ...schemas, Error: ERROR_SCHEMA },
    responses: errorResponseComponents(),
  } as OpenAPIObject["components"];
  dropDatePatterns(document);
  return document;
}
