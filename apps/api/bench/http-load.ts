/**
 * HTTP load on loopback, every route measured in the same run so the machine's speed cancels out
 * of the ratios:
 * - a bare Fastify JSON route (the baseline every ratio is against),
 * - a trivial JSON route inside our app (helmet, CORS, auth, rate limit, access log): what the
 *   stack costs before any plan work,
 * - the same route answering a plan's JSON computed once at start: what moving ~8 KB costs,
 * - the plan over REST and over tRPC,
 * - a bare Fastify route sending the same plan bytes,
 * - a bare Fastify route building the plan itself (the input validated with core's schema,
 *   `choosePlan`, Fastify's own JSON): the plan with a stack that costs nothing, so its ratio is
 *   the ceiling any stack could reach on this machine,
 * - and the plan's own work measured in-process, part by part, to show where that ceiling goes.
 * Target: plan ≥ 0.5× the bare route's requests/s, p99 < 50 ms, at 50 connections.
 * Run: `pnpm --filter @rebound/api bench` (about 80 s).
 */
import { Writable } from "node:stream";
import autocannon from "autocannon";
import { choosePlan, DebriefSchema } from "@rebound/core";
import Fastify from "fastify";
import { createDatabase } from "../src/db/create-database.js";
import { PlanBuildInputSchema } from "../src/routers/plan.js";
import { buildServer } from "../src/server.js";
import { debriefInput } from "../test/support/debrief.js";
import { testConfig } from "../test/support/test-app.js";

const CONNECTIONS = 50;
const SECONDS = 3;
// The shared machine's speed drifts by tens of percent within a minute: every route is loaded
// once per round, rounds repeat, and the median round counts.
const ROUNDS = 3;
const body = JSON.stringify({ debrief: debriefInput() });

interface Figures {
  name: string;
  requestsPerSecond: number;
  p99: number;
  errors: number;
  /** The rounds' requests/s, lowest to highest. */
  spread?: number[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function medianOf(rounds: Figures[]): Figures {
  const rates = rounds.map((round) => round.requestsPerSecond);
  return {
    name: rounds[0]?.name ?? "",
    requestsPerSecond: median(rates),
    p99: median(rounds.map((round) => round.p99)),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    spread: rates.sort((a, b) => a - b),
  };
}

async function load(name: string, url: string, seconds = SECONDS): Promise<Figures> {
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: CONNECTIONS,
    duration: seconds,
    // The load generator runs in its own thread so it does not share the servers' event loop.
    workers: 1,
  });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const bare = Fastify({ logger: false, bodyLimit: 64 * 1024 });
bare.post("/bare", () => ({ ok: true }));

const database = createDatabase({ kind: "pglite" });
await database.migrate();
// Production settings, access log included (written to a sink), except the rate limit's budget:
// one IP at this rate would meet 429s, but the limiter still counts every request.
const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
const app = await buildServer({
  config: testConfig({
    logLevel: "info",
    rateLimit: {
      anonymousMax: 10_000_000,
      keyMax: 10_000_000,
      sharesMax: 10_000_000,
      windowMs: 60_000,
    },
  }),
  database,
  logger: { stream: discard },
});
// Under /api/ so every hook the plan goes through runs here too.
app.post("/api/bench-trivial", () => ({ ok: true }));
const precomputed = JSON.stringify({
  plan: choosePlan(DebriefSchema.parse(debriefInput()), new Date()),
});
bare.post("/bare-plan-bytes", (_request, reply) =>
  reply.type("application/json").send(precomputed),
);
// The plan route's own work and nothing else: no helmet, CORS, auth, rate limit, log or tRPC.
bare.post("/bare-plan", (request) => {
  const { debrief, now } = PlanBuildInputSchema.parse(request.body);
  return { plan: choosePlan(debrief, now === undefined ? new Date() : new Date(now)) };
});
app.post("/api/bench-precomputed", (_request, reply) =>
  reply.type("application/json").send(precomputed),
);
const appUrl = await app.listen({ port: 0, host: "127.0.0.1" });
const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });

await load("warm-up", `${appUrl}/api/trpc/plan.build`, 1);
await load("warm-up", `${appUrl}/api/v1/plan`, 1);
const routes: [string, string][] = [
  ["bare Fastify JSON route", `${bareUrl}/bare`],
  ["bare Fastify, a plan's bytes precomputed", `${bareUrl}/bare-plan-bytes`],
  ["bare Fastify building the plan (no stack)", `${bareUrl}/bare-plan`],
  ["our stack, trivial JSON route", `${appUrl}/api/bench-trivial`],
  ["our stack, plan JSON precomputed", `${appUrl}/api/bench-precomputed`],
  ["plan (REST /api/v1/plan)", `${appUrl}/api/v1/plan`],
  ["plan (tRPC plan.build)", `${appUrl}/api/trpc/plan.build`],
];
const rounds: Figures[][] = routes.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  for (const [index, [name, url]] of routes.entries()) rounds[index]?.push(await load(name, url));
}
const results = rounds.map(medianOf);
await app.close();
await bare.close();
await database.close();

const [baseline, bareSized, barePlan, stack, sized, ...plans] = results as [
  Figures,
  Figures,
  Figures,
  Figures,
  Figures,
  ...Figures[],
];
const microseconds = (figures: Figures) => Math.round(1e6 / figures.requestsPerSecond);
console.log(
  `HTTP load on loopback, ${CONNECTIONS} connections, ${SECONDS} s per run, median of ${ROUNDS} rounds`,
);
console.table(
  results.map((figures) => ({
    route: figures.name,
    "req/s": figures.requestsPerSecond,
    rounds: figures.spread?.join(" / "),
    "µs/req": microseconds(figures),
    "p99 ms": figures.p99,
    errors: figures.errors,
    "× bare": (figures.requestsPerSecond / baseline.requestsPerSecond).toFixed(2),
    "× our stack": (figures.requestsPerSecond / stack.requestsPerSecond).toFixed(2),
  })),
);
console.log(
  `Per request: bare Fastify takes ${microseconds(baseline)} µs, ${microseconds(bareSized) - microseconds(baseline)} µs more to send a plan's bytes`,
  `and ${microseconds(barePlan) - microseconds(baseline)} µs more to build and send a plan with no stack;`,
  `our stack costs ${microseconds(stack) - microseconds(baseline)} µs over bare Fastify,`,
  `sending a plan's ${precomputed.length} bytes ${microseconds(sized) - microseconds(stack)} µs more,`,
  `building it ${plans.map((plan) => `${microseconds(plan) - microseconds(sized)} µs more (${plan.name})`).join(", ")}.`,
);
const work = planWorkMicroseconds();
console.log(
  `A plan's own work in-process: ${Object.entries(work)
    .map(([part, micros]) => `${part} ${micros.toFixed(1)} µs`)
    .join(", ")}.`,
  `With a stack that costs nothing (bare Fastify building the plan) the route answers at`,
  `${(barePlan.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}× bare: the ceiling on this machine.`,
);
for (const plan of plans) {
  const ratio = plan.requestsPerSecond / baseline.requestsPerSecond;
  const met = ratio >= 0.5 && plan.p99 < 50 && plan.errors === 0;
  console.log(
    `${plan.name}: ${ratio.toFixed(2)}× bare, p99 ${plan.p99} ms: target ${met ? "met" : "NOT met"}`,
  );
}

/** µs per part of a plan request's core work, each measured in this process for about a second. */
function planWorkMicroseconds(): Record<string, number> {
  const parsed = PlanBuildInputSchema.parse(JSON.parse(body));
  const now = new Date();
  const plan = { plan: choosePlan(parsed.debrief, now) };
  const parts: Record<string, () => unknown> = {
    "JSON parse": () => JSON.parse(body) as unknown,
    "input validation": () => PlanBuildInputSchema.parse(JSON.parse(body)),
    choosePlan: () => choosePlan(parsed.debrief, now),
    "JSON stringify": () => JSON.stringify(plan),
  };
  const micros = Object.fromEntries(
    Object.entries(parts).map(([part, run]) => [part, microsecondsPer(run)]),
  );
  // Validation is measured with its JSON parse (a fresh object, as a request has): count it once.
  micros["input validation"] = (micros["input validation"] ?? 0) - (micros["JSON parse"] ?? 0);
  return micros;
}

function microsecondsPer(run: () => unknown): number {
  for (let i = 0; i < 2000; i++) run();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 500) {
    for (let i = 0; i < 100; i++) run();
    runs += 100;
  }
  return ((performance.now() - start) * 1000) / runs;
}
