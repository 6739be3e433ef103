import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { connect } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { until } from "./until.js";

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** What `start` and the CLI read, for a PGlite folder of the test's own and a port of the OS's choosing. */
export function processEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    REBOUND_DATA_DIR: dataDir,
    DATABASE_URL: "",
    REBOUND_ADMIN_TOKEN: "",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
  };
}

/**
 * One process per script, TypeScript loaded by tsx's hooks: the `tsx` command would run the
 * script in a child process and relay signals to it, and it kills that child outright when the
 * child has not confirmed a relayed signal within 30 ms, which a busy machine easily misses
 * (the server then dies without shutting down, and its in-flight request hangs up).
 */
export function run(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(apiRoot, script), ...args], {
    cwd: apiRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  child.once("exit", () => started.delete(child));
  return child;
}

const started = new Set<ChildProcess>();

/** For afterAll: a test that failed half-way may have left a server running; stop it. */
export function killLeftovers(): void {
  for (const child of started) child.kill("SIGKILL");
}

export interface Exited {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function output(child: ChildProcess): Promise<Exited> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}

/** Resolves with the URL once `main.ts` prints it. */
export function urlPrintedBy(child: ChildProcess): Promise<string> {
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
export async function refusesConnections(url: string): Promise<void> {
  const { hostname, port } = new URL(url);
  await until(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = connect(Number(port), hostname);
        socket.once("connect", () => {
          socket.destroy();
          resolve(false);
        });
        socket.once("error", () => resolve(true));
      }),
  );
}

export interface RunningServer {
  url: string;
  /** SIGTERM; resolves with how it exited. */
  stop(): Promise<Exited>;
}

/** `start` as a process, with no drain on stop. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const child = run("src/main.ts", [], { SHUTDOWN_DRAIN_MS: "0", ...env });
  const exited = output(child);
  const url = await urlPrintedBy(child);
  return {
    url,
    stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
