/**
 * Rebound's MCP server over stdio, for an assistant on the person's own machine:
 * `node apps/api/dist/mcp/stdio.js` (after `pnpm build`). It imports core and the MCP SDK only:
 * no database, no HTTP server, no network, so the debrief never leaves the machine.
 */
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createReboundMcpServer } from "./server.js";

await createReboundMcpServer().connect(new StdioServerTransport());
