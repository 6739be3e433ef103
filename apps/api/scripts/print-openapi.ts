/**
 * Prints the OpenAPI document the server serves at /api/openapi.json, without starting it:
 * what @rebound/client's types are generated from (`pnpm --filter @rebound/client generate`).
 */
import { buildOpenApiDocument } from "../src/http/openapi-document.js";

process.stdout.write(`${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`);
