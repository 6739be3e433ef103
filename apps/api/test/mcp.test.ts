import { existsSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { describe, expect, it } from "vitest";
import { DATABASE_TARGETS } from "./support/databases.js";
import { debriefInput } from "./support/debrief.js";
import { errorAnswerProblem } from "./support/error-conformance.js";
import { startTestApp, useListeningApp } from "./support/test-app.js";

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STDIO_ENTRY = path.join(apiRoot, "dist/mcp/stdio.js");

type ToolResult = { content: { type: string; text: string }[]; isError?: boolean };

/** The same checks over both transports: what an assistant sees of each tool. */
async function exerciseTools(client: Client) {
  const { tools } = await client.listTools();
  expect(tools.map((tool) => tool.name).sort()).toEqual([
    "build_recovery_plan",
    "draft_messages",
    "explain_strategy",
    "lint_draft",
    "list_strategies",
  ]);
  // The input schemas are core's: the debrief's sections and enums reach the assistant.
  const plan = tools.find((tool) => tool.name === "build_recovery_plan")!;
  expect(JSON.stringify(plan.inputSchema)).toContain('"wrong-name"');
  expect(plan.inputSchema.required).toEqual(["debrief"]);

  const debrief = debriefInput();
  const call = async (name: string, args: Record<string, unknown>) => {
    const result = (await client.callTool({ name, arguments: args })) as ToolResult;
    expect(result.isError ?? false, `${name}: ${result.content[0]?.text}`).toBe(false);
    return { text: result.content[0]!.text, json: JSON.parse(result.content[1]!.text) as unknown };
  };

  const built = await call("build_recovery_plan", { debrief, now: "2026-11-21T09:00:00Z" });
  expect(built.text).toMatch(/^Cool off first|^No cool-off needed/);
  expect(built.text).toContain("[thank-you-email, email]");
  expect(built.text).toContain(
    '"How to bounce back from a poor job interview" (Journal of Accountancy',
  );
  const steps = (built.json as { plan: { steps: { strategy: string }[] } }).plan.steps;
  expect(steps.map((step) => step.strategy)).toContain("apologize-slip");

  const drafted = await call("draft_messages", {
    debrief,
    tone: "formal",
    now: "2026-11-21T09:00:00Z",
  });
  expect(drafted.text).toContain("Marie Okafor");
  expect(
    (drafted.json as { drafts: { tone: string }[] }).drafts.every((d) => d.tone === "formal"),
  ).toBe(true);

  const linted = await call("lint_draft", {
    text: "Dear Mary, I am so sorry for everything.",
    debrief,
    channel: "email",
  });
  expect(linted.text).toContain('- blanket-apology: "');
  expect(linted.text).toContain("interviewer-name");

  const listed = await call("list_strategies", {});
  expect(listed.text).toContain("- cool-off:");
  const explained = await call("explain_strategy", { strategy: "handwritten-note" });
  expect(explained.text).toMatch(/^.+ \(handwritten-note\)\n/);
  expect(explained.text).toContain("Sources: ");

  // A bad input is refused by core's schema, with the field named.
  const bad = (await client.callTool({
    name: "build_recovery_plan",
    arguments: { debrief: { organisation: { name: "N" } } },
  })) as ToolResult;
  expect(bad.isError).toBe(true);
  expect(bad.content[0]!.text).toContain("interview");
}

describe("the MCP server over Streamable HTTP at /mcp", () => {
  const test = useListeningApp(DATABASE_TARGETS[0]!);

  it("answers the SDK's own client: tools listed and called, with a secret key", async () => {
    const client = new Client({ name: "test-assistant", version: "1.0.0" });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${test.url}/mcp`), {
        requestInit: { headers: test.bearer },
      }),
    );
    expect(client.getServerVersion()).toEqual({ name: "rebound", version: "1.0.0" });
    expect(client.getInstructions()).toContain("build_recovery_plan");
    await exerciseTools(client);
    await client.close();
  });

  /** A raw POST to /mcp with chosen headers (fetch will not send a forged Host). */
  function post(headers: Record<string, string>) {
    return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        const { port } = new URL(test.url);
        const request = httpRequest({
          host: "127.0.0.1",
          port,
          path: "/mcp",
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "application/json, text/event-stream",
            ...headers,
          },
        });
        request.on("response", (response) => {
          let body = "";
          response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
          );
        });
        request.on("error", reject);
        request.end(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }));
      },
    );
  }

  it("refuses DNS rebinding (a foreign Host or Origin) and an invalid key, in our error shape", async () => {
    const host = new URL(test.url).host;
    const cases: [Record<string, string>, number][] = [
      [{ host: "attacker.example" }, 403],
      [{ host, origin: "https://attacker.example" }, 403],
      [{ host, authorization: "Bearer sk_not_a_key" }, 401],
    ];
    for (const [headers, status] of cases) {
      const answer = await post(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(status);
      expect(await errorAnswerProblem({ method: "POST", path: "/mcp", ...answer })).toBeNull();
    }
    const allowed = await post({ host, origin: `http://${host}` });
    expect(allowed.status).toBe(200);
    expect(allowed.body).toContain("lint_draft");
    expect(allowed.headers["x-ratelimit-remaining"]).toBeDefined();
    expect(allowed.headers["x-request-id"]).toMatch(/^req_/);
  });

  it("shares the API's rate limit; GET (no sessions here) answers 405", async () => {
    const limited = await startTestApp(test.database, {
      rateLimit: { anonymousMax: 2, keyMax: 2, sharesMax: 2, windowMs: 60_000 },
    });
    const limitedUrl = await limited.app.listen({ port: 0, host: "127.0.0.1" });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${limitedUrl}/mcp`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
        },
        body: JSON.stringify({ jsonrpc: "2.0", id: i, method: "tools/list" }),
      });
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 429]);
    const get = await fetch(`${test.url}/mcp`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    await limited.app.close();
    expect(limited.errorProblems).toEqual([]);
  });
});

describe("the MCP server over stdio", () => {
  it("answers the SDK's own client with no network at all in its process", async () => {
    expect(existsSync(STDIO_ENTRY), "run `pnpm --filter @rebound/api build` first").toBe(true);
    const stderr = new PassThrough();
    let stderrText = "";
    stderr.on("data", (chunk: Buffer) => (stderrText += chunk.toString("utf8")));
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ["--import", path.join(apiRoot, "test/support/no-network.mjs"), STDIO_ENTRY],
      cwd: apiRoot,
      stderr: "pipe",
    });
    transport.stderr?.pipe(stderr);
    const client = new Client({ name: "test-assistant", version: "1.0.0" });
    await client.connect(transport);
    await exerciseTools(client);
    await client.close();
    expect(stderrText).not.toContain("NETWORK ATTEMPT");
  });
});
