/**
 * Full-kit throughput as the core issue defines it (parse + choose + render every draft + lint
 * every draft), against parsing alone, measured in the same run on the same corpus; then the whole
 * `buildKit` (adding reflection prompts, journal entry and calendar), then each stage alone, to
 * show where a kit's time goes. Each figure is the median of three rounds: the shared machine's
 * speed drifts by tens of percent from one second to the next. Prints figures; asserts nothing.
 * Run: `pnpm --filter @rebound/core bench`.
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
const SECONDS = Number(process.env.BENCH_SECONDS ?? 1.5);
const ROUNDS = 5;
// Steady state, as a long-running server sees it: V8 takes seconds, not one pass over the
// corpus, to optimise a kit's code and settle where its objects are allocated (the first
// seconds of a full kit run at about half the later rate).
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 3);
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

function parsed(input: unknown): Debrief {
  const result = parseDebrief(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The full kit: parse, choose, draft every message, lint every draft. */
function fullKit({ input, now }: Entry): number {
  const debrief = parsed(input);
  const drafts = draftsForPlan(choosePlan(debrief, now), debrief, "warm");
  return lintAll(debrief, drafts) + drafts.length;
}

/** Everything `buildKit` gives (plus prompts, journal entry and calendar), linted as above. */
function wholeKit({ input, now }: Entry): number {
  const debrief = parsed(input);
  const kit = buildKit(debrief, now);
  return lintAll(debrief, kit.drafts) + kit.drafts.length + kit.ics.length;
}

const parseOnly = ({ input }: Entry): number => (parseDebrief(input).ok ? 1 : 0);

/**
 * Runs `work` over the corpus round-robin for `seconds` and returns operations per CPU-second of
 * this process: on a shared, loaded machine wall time mostly measures the neighbours.
 */
function round(
  work: (entry: Entry) => number,
  seconds = SECONDS,
): { perSecond: number; share: number; sink: number } {
  let ops = 0;
  let sink = 0;
  const cpuBefore = process.cpuUsage();
  const wallStart = performance.now();
  const deadline = wallStart + seconds * 1000;
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
  return { perSecond: ops / cpuSeconds, share: cpuSeconds / wallSeconds, sink };
}

/** The median of `ROUNDS` rounds, after a warm-up of `WARM_UP_SECONDS` (JIT and allocation). */
function measure(name: string, work: (entry: Entry) => number): number {
  round(work, WARM_UP_SECONDS);
  const rounds = Array.from({ length: ROUNDS }, () => round(work)).sort(
    (a, b) => a.perSecond - b.perSecond,
  );
  const median = rounds[Math.floor(ROUNDS / 2)] ?? { perSecond: 0, share: 0, sink: 0 };
  const spread = rounds.map((r) => Math.round(r.perSecond).toLocaleString("en-US")).join(" / ");
  console.log(
    `${name.padEnd(44)} ${Math.round(median.perSecond).toLocaleString("en-US").padStart(10)} ops/s  (rounds ${spread}; ${Math.round(median.share * 100)}% of a core was ours; sink ${median.sink})`,
  );
  return median.perSecond;
}

console.log(
  `core bench: ${CORPUS_SIZE} generated debriefs, ${WARM_UP_SECONDS}s warm-up then the median of ${ROUNDS} rounds of ${SECONDS}s, ops per CPU-second of one core\n`,
);
const parse = measure("parse only (baseline)", parseOnly);
const kit = measure("full kit (parse+plan+drafts+lint)", fullKit);
const whole = measure("whole kit (buildKit: +prompts+journal+.ics)", wholeKit);
console.log(
  `\nfull kit / parse ratio: ${(kit / parse).toFixed(3)} (a kit costs ${(parse / kit).toFixed(1)}x a parse)`,
);
console.log(`full kits per second: ${Math.round(kit).toLocaleString("en-US")}`);
console.log(
  `whole kits per second: ${Math.round(whole).toLocaleString("en-US")} (${(whole / parse).toFixed(3)}× a parse)`,
);
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
