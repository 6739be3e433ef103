import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";

/**
 * The API reference at /api/docs: Scalar's reference renderer (its self-contained browser
 * bundle, served from node_modules by this process, no CDN) reading /api/openapi.json, whose
 * description holds the guide (getting started, keys, errors, rate limits, idempotency) and
 * whose operations carry request and answer examples with curl and @rebound/client samples.
 */
const BUNDLE_PATH = createRequire(import.meta.url).resolve(
  "@scalar/api-reference/browser/standalone.js",
);

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rebound API reference</title>
<meta name="description" content="Build recovery plans, draft and check messages, save debriefs: the Rebound REST API.">
</head>
<body>
<div id="reference"><noscript>The reference needs JavaScript; the document itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</noscript></div>
<script src="/api/docs/reference.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

/** Scalar's options: no web fonts from its CDN, no telemetry, our own code samples only. */
const INIT = `window.Scalar.createApiReference("#reference", ${JSON.stringify({
  url: "/api/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  hiddenClients: true,
  hideDarkModeToggle: false,
  showDeveloperTools: "never",
  agent: { disabled: true },
  documentDownloadType: "json",
  metaData: { title: "Rebound API reference" },
})});
`;

/**
 * The page's own policy, narrower than the app's: scripts only from here, no frames, no forms,
 * requests ("Test request") only to this origin. Scalar's components inject their styles at run
 * time, so styles need 'unsafe-inline' (no script can run from a style).
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export function registerDocsPage(app: FastifyInstance): void {
  let bundle: { plain: Buffer; gzipped: Buffer } | undefined;
  const loadBundle = () => {
    if (bundle === undefined) {
      const plain = readFileSync(BUNDLE_PATH);
      bundle = { plain, gzipped: gzipSync(plain) };
    }
    return bundle;
  };
  app.get("/api/docs", (_request, reply) =>
    reply.header("content-security-policy", DOCS_CSP).type("text/html; charset=utf-8").send(PAGE),
  );
  app.get("/api/docs/init.js", (_request, reply) =>
    reply.type("text/javascript; charset=utf-8").send(INIT),
  );
  app.get("/api/docs/reference.js", (request, reply) => {
    const { plain, gzipped } = loadBundle();
    const gzip = /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    reply
      .type("text/javascript; charset=utf-8")
      .header("cache-control", "public, max-age=86400")
      .header("vary", "accept-encoding");
    return gzip ? reply.header("content-encoding", "gzip").send(gzipped) : reply.send(plain);
  });
}
