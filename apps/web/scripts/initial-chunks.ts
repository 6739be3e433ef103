import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The JavaScript a first visit downloads before anything renders: the entry module script
 * and the chunks Vite modulepreloads alongside it, as listed in the built index.html.
 * Lazy routes (dynamic imports) are not counted: they load when a screen is opened.
 */
export function initialJsFiles(dist: string): string[] {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = new Set<string>();
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isEntry = /\btype="module"/.test(tag) && tag.startsWith("<script");
    const isPreload = /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if ((isEntry || isPreload) && url) files.add(url.replace(/^\//, ""));
  }
  return [...files];
}
