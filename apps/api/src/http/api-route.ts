import type { FastifyRequest } from "fastify";
import { MCP_PATH } from "../mcp/http.js";

/**
 * Whether the route that serves this request is an API route (the REST and tRPC routes, and the
 * MCP endpoint, which takes the same keys and limits). Decided by the route the router matched
 * (after it decoded the path), never by the raw URL: `/%61pi/v1/plan` is served by
 * `/api/v1/plan` and must be treated like it.
 */
export function isApiRoute(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return route !== undefined && (route.startsWith("/api/") || route === MCP_PATH);
}
