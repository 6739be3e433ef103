/**
 * `pnpm --filter @rebound/embed demo`: an agency's page on its own loopback port, embedding the
 * widget from a running Rebound server.
 *
 *   REBOUND_URL   the Rebound server (default http://127.0.0.1:3000)
 *   REBOUND_KEY   the agency's publishable key (pnpm --filter @rebound/api agency:create
 *                 --name "Northwind Talent" --origin http://127.0.0.1:5050)
 *   DEMO_PORT     this page's port (default 5050; the agency must allow its origin)
 *
 * The page uses all three modes: switch popup and floating button on in the agency dashboard
 * (a new agency starts with inline only).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { demoPage } from "./page.js";

const reboundUrl = new URL(process.env.REBOUND_URL ?? "http://127.0.0.1:3000").origin;
const key = process.env.REBOUND_KEY ?? "pk_demo_replace_me";
const port = Number(process.env.DEMO_PORT ?? 5050);
const snippetFile = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "snippet.js");

if (!existsSync(snippetFile)) {
  console.error("dist/snippet.js is missing: run `pnpm --filter @rebound/embed build` first.");
  process.exit(1);
}
const html = demoPage({ reboundUrl, key, snippet: readFileSync(snippetFile, "utf8") });

createServer((request, response) => {
  if (request.url !== "/" && request.url !== "/index.html") {
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    return;
  }
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
}).listen(port, "127.0.0.1", () => {
  console.log(`Agency demo page: http://127.0.0.1:${port}/  (widget from ${reboundUrl})`);
  if (!process.env.REBOUND_KEY) {
    console.log(
      `Set REBOUND_KEY to an agency's publishable key; create one that allows this page with\n` +
        `  pnpm --filter @rebound/api agency:create --name "Northwind Talent" --origin http://127.0.0.1:${port}`,
    );
  }
});
