import type { AddressInfo } from "node:net";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { sendError } from "../http/send-error.js";
import { createReboundMcpServer } from "./server.js";

export const MCP_PATH = "/mcp";

export interface McpHttpOptions {
  /** `Host` values the server answers to besides loopback (`api.rebound.example`), from `MCP_ALLOWED_HOSTS`. */
  allowedHosts: readonly string[];
  now: () => Date;
}

/** Loopback names on the port we listen on, plus the configured public hosts. */
function allowedHostsOf(app: FastifyInstance, configured: readonly string[]): string[] {
  const address = app.server.address() as AddressInfo | null;
  const port = address?.port;
  const loopback = ["127.0.0.1", "localhost", "[::1]"];
  return [
    ...configured,
    ...loopback,
    ...(port === undefined ? [] : loopback.map((host) => `${host}:${port}`)),
  ];
}

/**
 * DNS rebinding: a page on an attacker's domain that resolves to this server must not reach the
 * tools, so the `Host` must be one we serve and a browser's `Origin` must be that same host.
 * Answered in our error shape before the SDK's own identical check.
 */
function rebindingRefusal(request: FastifyRequest, hosts: readonly string[]): string | null {
  const host = request.headers.host;
  if (host === undefined || !hosts.includes(host)) return "This host is not served here.";
  const origin = request.headers.origin;
  if (
    origin !== undefined &&
    !hosts.some((allowed) => origin === `http://${allowed}` || origin === `https://${allowed}`)
  )
    return "Cross-origin calls to /mcp are refused.";
  return null;
}

/**
 * Streamable HTTP at /mcp, stateless (a server and transport per request, JSON answers): the
 * same API keys (an invalid one is refused) and rate limits as the REST API, since /mcp goes
 * through the same hooks. GET and DELETE (sessions, server-sent streams) answer 405.
 */
export function registerMcp(app: FastifyInstance, options: McpHttpOptions): void {
  app.post(MCP_PATH, async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.auth.invalidKey) {
      return sendError(request, reply, { status: 401, message: "That API key is not valid." });
    }
    const hosts = allowedHostsOf(app, options.allowedHosts);
    const refusal = rebindingRefusal(request, hosts);
    if (refusal !== null) return sendError(request, reply, { status: 403, message: refusal });

    const server = createReboundMcpServer(options.now);
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      enableDnsRebindingProtection: true,
      allowedHosts: hosts,
      allowedOrigins: hosts.flatMap((host) => [`http://${host}`, `https://${host}`]),
    });
    // The SDK writes the answer itself: carry over the headers our hooks set (security,
    // request id, rate limit) before Fastify lets go of the response.
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) reply.raw.setHeader(name, value);
    }
    reply.hijack();
    reply.raw.on("close", () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(request.raw, reply.raw, request.body);
    return reply;
  });
}
