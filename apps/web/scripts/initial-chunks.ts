import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The JavaScript a first visit downloads before anything renders: the entry chunk and,
 * transitively, its static imports. Dynamic imports (lazy routes) are not counted.
 * Reads Vite's manifest when the build wrote one, otherwise the tags in index.html.
 */
export function initialJsFiles(dist: string): string[] {
  const manifestPath = join(dist, ".vite", "manifest.json");
  return existsSync(manifestPath) ? fromManifest(manifestPath) : fromIndexHtml(join(dist, "index.html"));
}

function fromManifest(manifestPath: string): string[] {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...files].filter((file) => file.endsWith(".js"));
}

/** Vite writes the entry as a module script and its static imports as modulepreload links. */
export function fromIndexHtml(indexPath: string): string[] {
  const html = readFileSync(indexPath, "utf8");
  const files = new Set<string>();
  const patterns = [
    /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+\.js)"/g,
    /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g,
  ];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) if (match[1]) files.add(match[1].replace(/^\//, ""));
  }
  return [...files];
}
