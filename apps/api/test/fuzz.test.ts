import fc from "fast-check";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, savedDebriefs } from "../src/db/schema.js";
import { sha256 } from "../src/security/secrets.js";
import { DATABASE_TARGETS } from "./support/databases.js";
import { debriefInput } from "./support/debrief.js";
import { captureLog } from "./support/log-capture.js";
import { AGENCY_ORIGIN, useTestApp } from "./support/test-app.js";

/** A candidate's details: the fuzzer sends them thousands of times, and no log line may hold them. */
const PERSONAL = {
  name: "Sam Lee",
  email: "sam@example.com",
  phone: "+44 7700 900123",
  interviewer: "Marie Okafor",
};
const debrief = debriefInput({
  candidate: { name: PERSONAL.name, email: PERSONAL.email, phone: PERSONAL.phone },
});
const uuid = "00000000-0000-4000-8000-000000000000";
const token = "t".repeat(43);
const publishableKey = "pk_0123456789abcdef";

/** Every body-taking endpoint with one valid body: the fuzzer breaks these in every way it can. */
const ENDPOINTS: { rest: string; trpc: string; valid: Record<string, unknown> }[] = [
  { rest: "/api/v1/plan", trpc: "plan.build", valid: { debrief, tone: "warm" } },
  {
    rest: "/api/v1/messages/render",
    trpc: "messages.render",
    valid: { templateId: "thank-you-email", debrief },
  },
  {
    rest: "/api/v1/messages/lint",
    trpc: "messages.lint",
    valid: { text: "Thank you.", debrief, channel: "email" },
  },
  { rest: "/api/v1/debriefs", trpc: "debriefs.save", valid: { debrief } },
  {
    rest: "/api/v1/debriefs/update",
    trpc: "debriefs.update",
    valid: { id: uuid, resumeToken: token, debrief },
  },
  {
    rest: "/api/v1/debriefs/status",
    trpc: "debriefs.setStatus",
    valid: { id: uuid, resumeToken: token, status: "rejected" },
  },
  {
    rest: "/api/v1/widget/share",
    trpc: "widget.share",
    valid: {
      key: publishableKey,
      hostOrigin: AGENCY_ORIGIN,
      consent: true,
      summary: { name: PERSONAL.name, contact: PERSONAL.email, planHeadline: "Say thanks" },
    },
  },
];

type Json = Parameters<typeof JSON.stringify>[0];

/** Every path into a JSON value, so one of them can be replaced. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((item: unknown, index) =>
      index === head ? replaceAt(item, rest, replacement) : item,
    );
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
}

const endpoint = fc.constantFrom(...ENDPOINTS);
const transport = fc.constantFrom("rest", "trpc", "trpc-batch");

/** A valid body with one value anywhere in it swapped for arbitrary JSON, arbitrary JSON, or text that is not JSON. */
const malformedBody = (valid: Record<string, unknown>) => {
  const paths = pathsOf(valid);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.nat({ max: paths.length - 1 }), fc.jsonValue({ maxDepth: 3 }))
        .map(([index, replacement]) =>
          JSON.stringify(replaceAt(valid, paths[index]!, replacement) as Json),
        ),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  );
};

/** Characters text fields refuse (controls, broken surrogates, direction overrides) and some they keep. */
const REFUSED = [
  "\u0000",
  "\u0001",
  "\u001b",
  "\u007f",
  "\u0085",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\ude00\ud83d",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];
const KEPT = ["\u200e", "\u200f", "\u061c", "🙂", "é", "\t"];

/**
 * The rule, written independently of core's: two inserted halves can make a whole pair, and an
 * inserted half can complete one already there.
 */
function isRefused(text: string): boolean {
  const wellFormed = (text as string & { isWellFormed(): boolean }).isWellFormed();
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return !wellFormed || /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/.test(text);
}

/** Every path to a string inside a JSON value. */
function textPathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [prefix];
  if (value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  return entries.flatMap(([key, item]) => textPathsOf(item, [...prefix, key]));
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

/** A valid body with one or two characters slipped into one of its text values, anywhere in it. */
const hostileText = (valid: Record<string, unknown>) => {
  const paths = textPathsOf(valid);
  return fc
    .tuple(
      fc.nat({ max: paths.length - 1 }),
      fc.array(fc.constantFrom(...REFUSED, ...KEPT), { minLength: 1, maxLength: 2 }),
      fc.nat(),
    )
    .map(([index, inserted, at]) => {
      const path = paths[index]!;
      const original = valueAt(valid, path) as string;
      const cut = at % (original.length + 1);
      const text = original.slice(0, cut) + inserted.join("") + original.slice(cut);
      return {
        body: JSON.stringify(replaceAt(valid, path, text) as Json),
        refused: isRefused(text),
      };
    });
};

const urlFor = (target: (typeof ENDPOINTS)[number], via: string) =>
  via === "rest"
    ? target.rest
    : via === "trpc"
      ? `/api/trpc/${target.trpc}`
      : `/api/trpc/${target.trpc},messages.lint?batch=1`;

// Thousands of requests per database: a generous timeout so a busy machine slows the run without
// failing it. Every log line of the run is kept and read at the end.
describe.each(DATABASE_TARGETS)(
  "fuzzing the REST and tRPC endpoints on $name",
  { timeout: 600_000 },
  (target) => {
    const log = captureLog();
    const test = useTestApp(target, {
      logTo: log.stream,
      config: { rateLimit: { anonymousMax: 1e9, keyMax: 1e9, sharesMax: 1e9, windowMs: 60_000 } },
    });
    // The valid bodies name a real agency and a real saved debrief, so they reach the database.
    beforeAll(async () => {
      const { db } = test.database;
      await db
        .update(agencies)
        .set({ publishableKey })
        .where(eq(agencies.id, test.agency.agency.id));
      await db.insert(savedDebriefs).values({ id: uuid, tokenHash: sha256(token), debrief });
    });

    const statuses = new Map<number, number>();
    const send = async (url: string, payload: string) => {
      const response = await test.app.inject({
        method: "POST",
        url,
        headers: { "content-type": "application/json", origin: AGENCY_ORIGIN },
        payload,
      });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      return response;
    };

    afterAll(() => {
      const total = [...statuses.values()].reduce((sum, n) => sum + n, 0);
      const figures = [...statuses].sort(([a], [b]) => a - b).map(([code, n]) => `${code}: ${n}`);
      console.log(
        `fuzz on ${target.name}: ${total} requests (${figures.join(", ")}), ${log.lines.length} log lines read`,
      );
    });

    it("never answers 5xx to a malformed body", async () => {
      await fc.assert(
        fc.asyncProperty(
          endpoint.chain((target) =>
            fc.tuple(fc.constant(target), transport, malformedBody(target.valid)),
          ),
          async ([endpoint, via, body]) => {
            const url = urlFor(endpoint, via);
            const payload = via === "trpc-batch" ? `{"0":${body},"1":${body}}` : body;
            const response = await send(url, payload);
            expect(
              response.statusCode,
              `${url} ${payload.slice(0, 300)}\n${response.body.slice(0, 300)}`,
            ).toBeLessThan(500);
          },
        ),
        { numRuns: 4000 },
      );
      // The fuzzer must reach both outcomes, or it is not testing much.
      expect(statuses.get(400)).toBeGreaterThan(100);
    });

    it("answers 400, never 5xx, to text with control, broken or direction-overriding characters", async () => {
      let refusedSent = 0;
      await fc.assert(
        fc.asyncProperty(
          endpoint.chain((target) =>
            fc.tuple(fc.constant(target), transport, hostileText(target.valid)),
          ),
          async ([endpoint, via, { body, refused }]) => {
            const url = urlFor(endpoint, via);
            const payload = via === "trpc-batch" ? `{"0":${body},"1":${body}}` : body;
            const response = await send(url, payload);
            const context = `${url} ${payload.slice(0, 300)}\n${response.body.slice(0, 300)}`;
            expect(response.statusCode, context).toBeLessThan(500);
            if (refused) {
              refusedSent += 1;
              expect(response.statusCode, context).toBe(400);
            }
          },
        ),
        { numRuns: 6000 },
      );
      expect(refusedSent).toBeGreaterThan(3000);
    });

    it("never answers 5xx to a malformed query", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 60 }), { maxKeys: 4 }),
          fc.boolean(),
          async (query, rest) => {
            const search = new URLSearchParams(query).toString();
            const url = rest
              ? `/api/v1/widget/config?${search}`
              : `/api/trpc/widget.config?input=${encodeURIComponent(JSON.stringify(query))}&${search}`;
            const response = await test.app.inject({ url });
            statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            expect(response.statusCode, url).toBeLessThan(500);
          },
        ),
        { numRuns: 400 },
      );
    });

    it("logged nothing personal and nothing that failed", () => {
      expect(log.lines.length).toBeGreaterThan(10_000);
      const failures = log.lines.filter(
        (line) => (JSON.parse(line) as { level: number }).level >= 50,
      );
      expect(failures).toEqual([]);
      for (const line of log.lines) {
        for (const personal of Object.values(PERSONAL)) expect(line).not.toContain(personal);
        expect(line).not.toMatch(/[0-9a-f]{64}/); // a resume token's hash
      }
    });
  },
);
