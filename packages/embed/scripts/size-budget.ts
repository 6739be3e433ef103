/**
 * Gzip sizes of what a host page downloads, against our budgets and two well-known embeds.
 * Run after `vite build` (turbo builds before testing); exits 1 when anything is over budget.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

interface Entry {
  name: string;
  file: string;
  budgetKb: number;
}

const ENTRIES: Entry[] = [
  { name: "snippet", file: "snippet.js", budgetKb: 0.6 },
  { name: "loader", file: "loader.js", budgetKb: 6 },
  { name: "react wrapper", file: "react.js", budgetKb: 1.5 },
];

/** Published loader sizes (gzip) of embeds an agency may already know. */
const ANCHORS = [
  { name: "Typeform embed loader", kb: 14.2 },
  { name: "Cal.com embed loader", kb: 17.2 },
];

/** A file plus the chunks it imports statically: what a bundler pulls in for that entry. */
function withImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = readFileSync(join(dist, file), "utf8");
  const imports = [...source.matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)].map(
    (match) => match[1] ?? "",
  );
  return [file, ...imports.flatMap((imported) => withImports(imported, seen))];
}

const gzipKb = (files: string[]): number =>
  files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    0,
  ) / 1024;

let over = false;
console.log("Rebound embed, gzip sizes");
for (const { name, file, budgetKb } of ENTRIES) {
  const kb = gzipKb(withImports(file));
  const ok = kb <= budgetKb;
  over ||= !ok;
  console.log(
    `  ${name.padEnd(22)} ${kb.toFixed(2).padStart(6)} KB  budget ${budgetKb.toFixed(1)} KB  ${ok ? "ok" : "OVER BUDGET"}`,
  );
}
for (const { name, kb } of ANCHORS)
  console.log(`  ${name.padEnd(22)} ${kb.toFixed(2).padStart(6)} KB  (for comparison)`);
if (over) {
  console.error("An embed file is over its size budget.");
  process.exitCode = 1;
}
