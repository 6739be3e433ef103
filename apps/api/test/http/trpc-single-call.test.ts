import Fastify from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { singleMutationCall } from "../../src/http/trpc-single-call.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput } from "../support/debrief.js";
import { useTestApp } from "../support/test-app.js";

const json = { "content-type": "application/json" };

describe("a lone tRPC mutation answers exactly as tRPC's own handler would", () => {
  const test = useTestApp(DATABASE_TARGETS[0]!);

  /** The same call alone (direct path) and as a batch of one (always tRPC's `resolveResponse`). */
  async function bothWays(path: string, input: unknown, headers: Record<string, string> = {}) {
    const payload = JSON.stringify(input);
    const alone = await test.app.inject({
      method: "POST",
      url: `/api/trpc/${path}`,
      headers: { ...json, ...headers },
      payload,
    });
    const batch = await test.app.inject({
      method: "POST",
      url: `/api/trpc/${path}?batch=1`,
      headers: { ...json, ...headers },
      payload: JSON.stringify({ 0: input }),
    });
    return { alone, batch };
  }

  it.each([
    ["a plan", "plan.build", { debrief: debriefInput(), tone: "warm" }, {}, 200],
    [
      "a bad input",
      "plan.build",
      { debrief: debriefInput({ interview: { endedAt: "never" } }) },
      {},
      400,
    ],
    [
      "a missing debrief",
      "debriefs.get",
      { id: "00000000-0000-4000-8000-000000000000", resumeToken: "a".repeat(43) },
      {},
      404,
    ],
    [
      "a wrong key",
      "plan.build",
      { debrief: debriefInput() },
      { authorization: "Bearer sk_x" },
      401,
    ],
  ])("%s", async (_name, path, input, headers, status) => {
    const { alone, batch } = await bothWays(path, input, headers);
    expect(alone.statusCode).toBe(status);
    expect(batch.statusCode).toBe(status);
    // Each answer names its own request; everything else is the same.
    const withoutRequestId = (body: string) =>
      body.replace(/"requestId":"req_[\w-]+"/, '"requestId":"(this request)"');
    expect(JSON.parse(withoutRequestId(alone.body))).toEqual(
      (JSON.parse(withoutRequestId(batch.body)) as unknown[])[0],
    );
    expect(alone.headers["content-type"]).toBe(batch.headers["content-type"]);
    expect(alone.headers.vary).toBe(batch.headers.vary);
  });
});

describe("which calls take the direct path", () => {
  const app = Fastify({ logger: false });
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) =>
    done(null, body),
  );
  app.all<{ Params: { path: string } }>("/api/trpc/:path", (request) => ({
    direct: singleMutationCall(request, "/api/trpc", request.params.path) !== null,
  }));
  afterAll(() => app.close());

  async function direct(
    url: string,
    payload: string,
    headers: Record<string, string> = json,
    method: "POST" | "GET" = "POST",
  ) {
    const response = await app.inject({ method, url, headers, payload });
    return response.json<{ direct: boolean }>().direct;
  }

  it("takes a lone mutation with a JSON body", async () => {
    expect(await direct("/api/trpc/plan.build", "{}")).toBe(true);
  });

  it("leaves batches, queries, streaming, unknown paths and unparsable bodies to tRPC", async () => {
    expect(await direct("/api/trpc/plan.build?batch=1", '{"0":{}}')).toBe(false);
    expect(await direct("/api/trpc/plan.build,plan.build?batch=1", "{}")).toBe(false);
    expect(await direct("/api/trpc/catalogue.strategies", "{}")).toBe(false);
    expect(await direct("/api/trpc/plan.nowhere", "{}")).toBe(false);
    expect(await direct("/api/trpc/plan.build", "{nope")).toBe(false);
    expect(
      await direct("/api/trpc/plan.build", "{}", { ...json, "trpc-accept": "application/jsonl" }),
    ).toBe(false);
  });
});
