// Initial JS budget: what a person on a phone downloads before the coach can start.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { initialJsFiles } from "./initial-chunks";

const BUDGET_KB = 150;
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

if (!existsSync(join(dist, "index.html"))) {
  console.error(`size-budget: no build in ${dist}. Run \`vite build\` first (pnpm build).`);
  process.exit(1);
}

const files = initialJsFiles(dist);
if (files.length === 0) {
  console.error("size-budget: found no initial JavaScript in the build; is index.html a Vite build?");
  process.exit(1);
}

let totalBytes = 0;
for (const file of files) {
  const gzipped = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  totalBytes += gzipped;
  console.log(`  ${file}: ${(gzipped / 1024).toFixed(1)} KB gzip`);
}
const totalKb = totalBytes / 1024;
const ratio = totalKb / BUDGET_KB;
const verdict = ratio <= 1 ? "within budget" : "OVER BUDGET";
console.log(
  `initial JS: ${totalKb.toFixed(1)} KB gzip of ${BUDGET_KB} KB budget (${(ratio * 100).toFixed(0)}%, ratio ${ratio.toFixed(2)}), ${verdict}`,
);
if (ratio > 1) process.exit(1);
