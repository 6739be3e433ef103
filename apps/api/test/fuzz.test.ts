import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATABASE_TARGETS } from "./support/databases.js";
import { debriefInput } from "./support/debrief.js";
import { AGENCY_ORIGIN, useTestApp } from "./support/test-app.js";

const debrief = debriefInput();
const uuid = "00000000-0000-4000-8000-000000000000";
const token = "t".repeat(43);

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
      key: "pk_0123456789abcdef",
      hostOrigin: AGENCY_ORIGIN,
      consent: true,
      summary: { name: "A", contact: "b", planHeadline: "c" },
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

// Thousands of requests: a generous timeout so a busy machine slows the run without failing it.
describe("fuzzing the REST and tRPC endpoints", { timeout: 120_000 }, () => {
  const test = useTestApp(DATABASE_TARGETS[0]!);

  it("never answers 5xx to a malformed body", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        endpoint.chain((target) =>
          fc.tuple(fc.constant(target), transport, malformedBody(target.valid)),
        ),
        async ([target, via, body]) => {
          const url =
            via === "rest"
              ? target.rest
              : via === "trpc"
                ? `/api/trpc/${target.trpc}`
                : `/api/trpc/${target.trpc},messages.lint?batch=1`;
          const payload = via === "trpc-batch" ? `{"0":${body},"1":${body}}` : body;
          const response = await test.app.inject({
            method: "POST",
            url,
            headers: { "content-type": "application/json" },
            payload,
          });
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          expect(
            response.statusCode,
            `${url} ${payload.slice(0, 300)}\n${response.body.slice(0, 300)}`,
          ).toBeLessThan(500);
        },
      ),
      { numRuns: 1600 },
    );
    // The fuzzer must reach both outcomes, or it is not testing much.
    expect(statuses.get(400)).toBeGreaterThan(100);
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
          expect(response.statusCode, url).toBeLessThan(500);
        },
      ),
      { numRuns: 400 },
    );
  });
});
