/**
 * Full-kit throughput: parse + choose + render every draft + lint every draft, against parsing
 * alone, measured in the same run on the same corpus. Prints figures; asserts nothing.
 * Run: `pnpm --filter @rebound/core bench`.
 */
import fc from "fast-check";
import { buildKit, lintDraft, parseDebrief } from "../src/index.js";
import { arbitraryDebriefAndNow } from "../src/test-support/arbitrary-debrief.js";

const CORPUS_SIZE = 500;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const TARGET_KITS_PER_SECOND = 10_000;

const corpus = fc
  .sample(arbitraryDebriefAndNow, { numRuns: CORPUS_SIZE, seed: 20261121 })
  .map(({ debrief, now }) => ({ input: JSON.parse(JSON.stringify(debrief)) as unknown, now }));

function fullKit(input: unknown, now: Date): number {
  const parsed = parseDebrief(input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const kit = buildKit(parsed.value, now);
  let findings = 0;
  for (const draft of kit.drafts) {
    findings += lintDraft(draft.body, { debrief: parsed.value, channel: draft.channel, templateId: draft.templateId, wordLimit: draft.wordLimit }).length;
  }
  return findings + kit.drafts.length;
}

function parseOnly(input: unknown): number {
  return parseDebrief(input).ok ? 1 : 0;
}

/** Runs `work` over the corpus round-robin for `seconds` and returns operations per second. */
function measure(name: string, work: (i: number) => number): number {
  for (let i = 0; i < CORPUS_SIZE; i++) work(i); // warm-up: JIT and caches
  let ops = 0;
  let sink = 0;
  const start = performance.now();
  const deadline = start + SECONDS * 1000;
  while (performance.now() < deadline) {
    for (let i = 0; i < 50; i++) sink += work((ops + i) % CORPUS_SIZE);
    ops += 50;
  }
  const perSecond = ops / ((performance.now() - start) / 1000);
  console.log(`${name.padEnd(34)} ${Math.round(perSecond).toLocaleString("en-US").padStart(10)} ops/s  (sink ${sink})`);
  return perSecond;
}

console.log(`core bench: ${CORPUS_SIZE} generated debriefs, ${SECONDS}s per measurement, one core\n`);
const parse = measure("parse only (baseline)", (i) => parseOnly(corpus[i]!.input));
const kit = measure("full kit (parse+plan+drafts+lint)", (i) => fullKit(corpus[i]!.input, corpus[i]!.now));
console.log(`\nfull kit / parse ratio: ${(kit / parse).toFixed(3)} (a kit costs ${(parse / kit).toFixed(1)}x a parse)`);
console.log(`full kits per second: ${Math.round(kit).toLocaleString("en-US")} (target ≥ ${TARGET_KITS_PER_SECOND.toLocaleString("en-US")}: ${kit >= TARGET_KITS_PER_SECOND ? "met" : "NOT met"})`);
