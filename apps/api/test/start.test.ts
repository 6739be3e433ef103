import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { debriefInput } from "./support/debrief.js";

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = mkdtempSync(path.join(tmpdir(), "rebound-start-"));
const env = {
  ...process.env,
  REBOUND_DATA_DIR: dataDir,
  DATABASE_URL: "",
  PORT: "0",
  HOST: "127.0.0.1",
  LOG_LEVEL: "warn",
};

/**
 * One process per script, TypeScript loaded by tsx's hooks: the `tsx` command would run the
 * script in a child process and relay signals to it, and it kills that child outright when the
 * child has not confirmed a relayed signal within 30 ms, which a busy machine easily misses
 * (the server then dies without shutting down, and its in-flight request hangs up).
 */
function run(script: string, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(apiRoot, script), ...args], {
    cwd: apiRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

async function output(
  child: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}

/** Resolves with the URL once `main.ts` prints it. */
function urlPrintedBy(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/? /.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) =>
      reject(new Error(`exited with ${code} before printing a URL: ${seen}`)),
    );
  });
}

/** Resolves once nothing listens at `url` any more: the server has stopped accepting connections. */
async function refusesConnections(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(Number(port), hostname);
      socket.once("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.once("error", () => resolve(true));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Real processes (tsx, PGlite's first initdb on disk): allow for a busy machine.
describe(
  "the agency CLI and `start`, as separate processes on one data folder",
  { timeout: 120_000 },
  () => {
    let keys: { publishable: string; secret: string };

    it("creates an agency and prints both keys once", async () => {
      const result = await output(
        run("src/cli/agency-create.ts", [
          "--name",
          "Acme Talent",
          "--origin",
          "https://careers.acme.example",
        ]),
      );
      expect(result.code, result.stderr).toBe(0);
      const publishable = /publishable key:\s+(pk_\S+)/.exec(result.stdout)?.[1];
      const secret = /secret key:\s+(sk_\S+)/.exec(result.stdout)?.[1];
      expect(publishable).toBeDefined();
      expect(secret).toBeDefined();
      keys = { publishable: publishable!, secret: secret! };
    });

    it("refuses an origin that is not an https origin", async () => {
      const result = await output(
        run("src/cli/agency-create.ts", [
          "--name",
          "Acme",
          "--origin",
          "http://careers.acme.example/jobs",
        ]),
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("https://");
    });

    it("serves on the printed URL, knows the agency, and lets an in-flight request finish on SIGTERM", async () => {
      const server = run("src/main.ts");
      const exited = output(server);
      const url = await urlPrintedBy(server);

      const agency = await fetch(`${url}/api/v1/agency`, {
        headers: { authorization: `Bearer ${keys.secret}` },
      });
      expect(agency.status).toBe(200);
      expect(await agency.json()).toMatchObject({
        name: "Acme Talent",
        publishableKey: keys.publishable,
      });

      // Start a request and wait until the server has read its headers (it answers
      // `100 Continue`): a connection whose request the server has not begun reading is idle,
      // and closing drops idle connections, so a busy machine could otherwise lose the race.
      // Then send part of the body, ask the server to stop, wait until it refuses new
      // connections (it is closing with the request in flight), and finish the body. The
      // connection is not kept alive afterwards, so the server's exit waits on nothing of ours.
      const body = JSON.stringify({ debrief: debriefInput() });
      const answered = new Promise<number>((resolve, reject) => {
        const pending = request(
          `${url}/api/v1/plan`,
          {
            agent: false,
            method: "POST",
            headers: {
              "content-type": "application/json",
              "content-length": Buffer.byteLength(body),
              expect: "100-continue",
            },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        pending.on("error", reject);
        pending.once("continue", () => {
          pending.write(body.slice(0, 100));
          server.kill("SIGTERM");
          refusesConnections(url).then(() => pending.end(body.slice(100)), reject);
        });
        pending.flushHeaders();
      });
      expect(await answered).toBe(200);
      expect((await exited).code).toBe(0);
    });
  },
);
