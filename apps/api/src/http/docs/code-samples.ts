import type { ExampleRequest } from "./examples.js";

export interface SampleOperation {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** The path under /api/v1, e.g. `/plan`. */
  path: string;
  needsSecretKey: boolean;
  idempotent: boolean;
  request: ExampleRequest | null;
}

const SERVER = "http://127.0.0.1:3000";

/** GET and DELETE carry their input in the query string (as trpc-to-openapi reads it), others in the body. */
const inQuery = (operation: SampleOperation): boolean =>
  operation.method === "GET" || operation.method === "DELETE";

function indent(text: string, spaces: number): string {
  return text.replaceAll("\n", `\n${" ".repeat(spaces)}`);
}

/** The request with curl: a shell line a reader can paste. */
export function curlSample(operation: SampleOperation): string {
  const query =
    inQuery(operation) && operation.request
      ? `?${new URLSearchParams(Object.entries(operation.request).map(([k, v]): [string, string] => [k, String(v)])).toString()}`
      : "";
  const lines = [`curl -sS -X ${operation.method} "${SERVER}/api/v1${operation.path}${query}"`];
  if (operation.needsSecretKey) lines.push(`-H "authorization: Bearer $REBOUND_SECRET_KEY"`);
  if (operation.idempotent) lines.push(`-H "idempotency-key: $(uuidgen)"`);
  if (!inQuery(operation) && operation.request) {
    lines.push("-H 'content-type: application/json'");
    const body = JSON.stringify(operation.request, null, 2).replaceAll("'", "'\\''");
    lines.push(`-d '${indent(body, 2)}'`);
  }
  return lines.join(" \\\n  ");
}

/** The same request with @rebound/client. */
export function clientSample(operation: SampleOperation): string {
  const options: string[] = [];
  const params: string[] = [];
  if (inQuery(operation) && operation.request)
    params.push(`query: ${JSON.stringify(operation.request)}`);
  if (operation.idempotent) params.push(`header: { "Idempotency-Key": crypto.randomUUID() }`);
  if (params.length > 0) options.push(`params: { ${params.join(", ")} }`);
  if (!inQuery(operation) && operation.request)
    options.push(`body: ${indent(JSON.stringify(operation.request, null, 2), 2)}`);
  const call =
    options.length > 0
      ? `rebound.${operation.method}("${operation.path}", {\n  ${options.join(",\n  ")},\n})`
      : `rebound.${operation.method}("${operation.path}")`;
  const client = operation.needsSecretKey
    ? `createReboundClient({ baseUrl: "${SERVER}", secretKey: process.env.REBOUND_SECRET_KEY })`
    : `createReboundClient({ baseUrl: "${SERVER}" })`;
  return [
    `import { createReboundClient } from "@rebound/client";`,
    "",
    `const rebound = ${client};`,
    `const { data, error, response } = await ${call};`,
    `if (error) throw new Error(\`\${error.error.code}: \${error.error.message}\`);`,
  ].join("\n");
}
