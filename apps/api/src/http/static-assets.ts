import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import type { Database } from "../db/create-database.js";
import { embedPage } from "./embed-page.js";
import { isApiUrl } from "./error-handlers.js";

export interface StaticAssetsConfig {
  webDist: string;
  embedDist: string;
}

/** Vite's hashed bundles: a new build has new names, so each name's bytes never change. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/**
 * Files whose name stays the same across builds: the service worker above all, which must
 * reach the browser fresh so a new version is found, and the manifest and page it installs.
 */
const REVALIDATE = new Set(["sw.js", "manifest.webmanifest", "index.html"]);

/**
 * The Cache-Control for a file of the built web app, by its path inside the build; the
 * precompressed copy the static plugin sends instead ("sw.js.br") is cached as its original.
 */
export function webCacheControl(relativePath: string): string | undefined {
  const file = relativePath
    .split(path.sep)
    .join("/")
    .replace(/\.(?:br|gz)$/, "");
  if (REVALIDATE.has(file)) return "no-cache";
  if (file.startsWith("assets/") || /^workbox-[\w-]+\.js$/.test(file)) return IMMUTABLE;
  return undefined;
}

/**
 * Serves the built web app (SPA fallback) and the embed assets when they exist. A checkout
 * without them still serves the API: each absence is logged once at start.
 * Returns the SPA fallback predicate, or null when the web app is not built.
 */
export async function registerStaticAssets(
  app: FastifyInstance,
  db: Database,
  config: StaticAssetsConfig,
): Promise<((url: string) => boolean) | null> {
  const embedPresent = existsSync(config.embedDist);
  if (embedPresent) {
    await app.register(fastifyStatic, {
      root: config.embedDist,
      prefix: "/embed/v1/",
      decorateReply: false,
      maxAge: "5m",
      preCompressed: true,
      // Agencies' pages load these scripts from their own origins; Helmet's CORP default
      // (same-origin) would make the browser refuse them.
      setHeaders: (reply) => {
        reply.header("cross-origin-resource-policy", "cross-origin");
      },
    });
  } else {
    app.log.warn(
      { dir: config.embedDist },
      "embed assets not built, so /embed/v1/ is not served: run `pnpm build` at the repository root",
    );
  }

  const indexFile = path.join(config.webDist, "index.html");
  if (!existsSync(indexFile)) {
    app.log.warn(
      { dir: config.webDist },
      "web app not built, so only the API is served: run `pnpm build` at the repository root",
    );
    return null;
  }
  await app.register(fastifyStatic, {
    root: config.webDist,
    prefix: "/",
    index: false,
    wildcard: true,
    // The build writes .br and .gz beside each file (tooling/precompress).
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      const cacheControl = webCacheControl(path.relative(config.webDist, filePath));
      if (cacheControl) reply.header("cache-control", cacheControl);
      // The service worker's scope is the whole origin; it lives at the root, so no
      // Service-Worker-Allowed header is needed.
    },
  });

  const indexHtml = readFileSync(indexFile, "utf8");
  // The widget's own lighter page where the build has one; the app's otherwise.
  const embedFile = path.join(config.webDist, "embed.html");
  const embedHtml = existsSync(embedFile) ? readFileSync(embedFile, "utf8") : indexHtml;
  // The static plugin refuses a directory without `index`; the app's root is its index page.
  app.get("/", (_request, reply) =>
    reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(indexHtml),
  );
  app.get("/embed", async (request, reply) => {
    const { ancestors, html } = await embedPage(
      db,
      embedHtml,
      request.query as Record<string, unknown>,
    );
    // The security headers already say DENY/'none'; this page is the one meant to be framed.
    const helmetPolicy = reply.getHeader("content-security-policy");
    const policy = (typeof helmetPolicy === "string" ? helmetPolicy : "")
      .split(";")
      .filter(
        (directive) => directive.trim() !== "" && !directive.trim().startsWith("frame-ancestors"),
      )
      .concat(`frame-ancestors ${ancestors}`)
      .join(";");
    return (
      reply
        .removeHeader("x-frame-options")
        // Per agency: never kept by a cache (the web app's service worker leaves /embed alone).
        .header("cache-control", "no-store")
        .header("content-security-policy", policy)
        .type("text/html; charset=utf-8")
        .send(html)
    );
  });

  return (url) => !isApiUrl(url) && !url.startsWith("/embed/v1/");
}
