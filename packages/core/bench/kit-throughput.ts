/**
 * Full-kit throughput: parse + choose + render every draft + lint every draft (+ reflection
 * prompts, journal entry and calendar, as `buildKit` does), against parsing alone, measured in the
 * same run on the same corpus. Then each stage alone, to show where a kit's time goes. Prints
 * figures; asserts nothing. Run: `pnpm --filter @rebound/core bench`.
 */
import fc from "fast-check";
import {
  buildKit,
  choosePlan,
  type Debrief,
  draftsForPlan,
  lintDraft,
  parseDebrief,
  planToIcs,
} from "../src/index.js";
import { arbitraryDebriefAndNow } from "../src/test-support/arbitrary-debrief.js";

const CORPUS_SIZE = 500;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const TARGET_KITS_PER_SECOND = 10_000;

const corpus = fc
  .sample(arbitraryDebriefAndNow, { numRuns: CORPUS_SIZE, seed: 20261121 })
  .map(({ debrief, now }) => ({
    input: JSON.parse(JSON.stringify(debrief)) as unknown,
    debrief,
    now,
  }));
type Entry = (typeof corpus)[number];

function lintAll(debrief: Debrief, drafts: ReturnType<typeof draftsForPlan>): number {
  let findings = 0;
  for (const draft of drafts) {
    const context = {
      debrief,
      channel: draft.channel,
      templateId: draft.templateId,
      wordLimit: draft.wordLimit,
    };
    findings += lintDraft(draft.body, context).length;
  }
  return findings;
}

function fullKit({ input, now }: Entry): number {
  const parsed = parseDebrief(input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const kit = buildKit(parsed.value, now);
  return lintAll(parsed.value, kit.drafts) + kit.drafts.length;
}

const parseOnly = ({ input }: Entry): number => (parseDebrief(input).ok ? 1 : 0);

/**
 * Runs `work` over the corpus round-robin for `seconds` and returns operations per CPU-second of
 * this process: on a shared, loaded machine wall time mostly measures the neighbours.
 */
function measure(name: string, work: (entry: Entry) => number): number {
  for (const entry of corpus) work(entry); // warm-up: JIT and caches
  let ops = 0;
  let sink = 0;
  const cpuBefore = process.cpuUsage();
  const wallStart = performance.now();
  const deadline = wallStart + SECONDS * 1000;
  while (performance.now() < deadline) {
    for (let i = 0; i < 50; i++) {
      const entry = corpus[(ops + i) % CORPUS_SIZE];
      if (entry !== undefined) sink += work(entry);
    }
    ops += 50;
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const perSecond = ops / cpuSeconds;
  const share = Math.round((cpuSeconds / wallSeconds) * 100);
  console.log(
    `${name.padEnd(36)} ${Math.round(perSecond).toLocaleString("en-US").padStart(10)} ops/s  (${share}% of a core was ours; sink ${sink})`,
  );
  return perSecond;
}

console.log(
  `core bench: ${CORPUS_SIZE} generated debriefs, ${SECONDS}s per measurement, ops per CPU-second of one core\n`,
);
const parse = measure("parse only (baseline)", parseOnly);
const kit = measure("full kit (parse+plan+drafts+lint)", fullKit);
console.log(
  `\nfull kit / parse ratio: ${(kit / parse).toFixed(3)} (a kit costs ${(parse / kit).toFixed(1)}x a parse)`,
);
console.log(`full kits per second: ${Math.round(kit).toLocaleString("en-US")}`);
console.log(
  `target ≥ ${TARGET_KITS_PER_SECOND.toLocaleString("en-US")} kits/s: ${kit >= TARGET_KITS_PER_SECOND ? "met" : "not met"}`,
);

console.log("\nstages alone (already parsed):");
const plans = new Map(corpus.map((entry) => [entry, choosePlan(entry.debrief, entry.now)]));
const drafts = new Map(
  corpus.map((entry) => [
    entry,
    draftsForPlan(plans.get(entry) ?? choosePlan(entry.debrief, entry.now), entry.debrief, "warm"),
  ]),
);
measure("choose plan", (entry) => choosePlan(entry.debrief, entry.now).steps.length);
measure("draft every message (warm)", (entry) => {
  const plan = plans.get(entry);
  return plan === undefined ? 0 : draftsForPlan(plan, entry.debrief, "warm").length;
});
// A fresh debrief object each time, as a request would have: the linter's per-debrief facts are
// memoised by object, so linting the same object again would measure a warm cache.
measure("lint every draft", (entry) => lintAll({ ...entry.debrief }, drafts.get(entry) ?? []));
measure("calendar (.ics)", (entry) => {
  const plan = plans.get(entry);
  return plan === undefined ? 0 : planToIcs(plan, entry.debrief, { now: entry.now }).length;
});
