// Initial JS budget: what a person on a phone downloads before the coach can start.
// Usage: tsx scripts/size-budget.ts [dist folder, default ./dist]. Exits 1 over budget.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { initialJsFiles } from "./initial-chunks";

const BUDGET_KB = 150;
const dist = resolve(
  process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "dist"),
);

if (!existsSync(join(dist, "index.html"))) {
  console.error(`size-budget: no build in ${dist}. Run \`vite build\` first (pnpm build).`);
  process.exit(1);
}

const files = initialJsFiles(dist);
if (files.length === 0) {
  console.error(
    "size-budget: found no initial JavaScript in the build; is index.html a Vite build?",
  );
  process.exit(1);
}

let totalBytes = 0;
for (const file of files) {
  const gzipped = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  totalBytes += gzipped;
  console.log(`  ${file}: ${(gzipped / 1024).toFixed(1)} KB gzip`);
}
const totalKb = totalBytes / 1024;
const verdict = totalKb <= BUDGET_KB ? "within budget" : "OVER BUDGET";
console.log(
  `initial JS: ${totalKb.toFixed(1)} KB gzip of ${BUDGET_KB} KB budget (${((totalKb / BUDGET_KB) * 100).toFixed(0)}%), ${verdict}`,
);
if (totalKb > BUDGET_KB) process.exit(1);
