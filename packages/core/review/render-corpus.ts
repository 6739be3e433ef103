/**
 * Writes review/kits.md from review/people.ts, or with `--check` fails (exit 1) when the file on
 * disk is not what the current code renders: the corpus a reviewer reads is always today's.
 * Run: `pnpm --filter @rebound/core review` (write) or `review:check`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PEOPLE, REFUSED } from "./people.js";
import { renderKits } from "./render-kits.js";

const path = fileURLToPath(new URL("kits.md", import.meta.url));
const rendered = renderKits(PEOPLE, REFUSED);

if (process.argv.includes("--check")) {
  let onDisk = "";
  try {
    onDisk = readFileSync(path, "utf8");
  } catch {
    // A missing file is stale too.
  }
  if (onDisk !== rendered) {
    console.error(
      "review/kits.md is stale: the drafts changed. Run `pnpm --filter @rebound/core review`, read the new kits, and commit them.",
    );
    process.exit(1);
  }
  console.log(`review/kits.md is up to date (${PEOPLE.length + REFUSED.length} people).`);
} else {
  writeFileSync(path, rendered);
  console.log(`Wrote review/kits.md (${PEOPLE.length + REFUSED.length} people).`);
}
