import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./paths.js";

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Resolves with the URL the server prints once it listens (it picked a free port itself, so no
 * other process can take the port between choosing and binding it), or rejects if it exits first.
 */
function printedUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = () => {
      const match = /running at (http:\/\/\S+?)\/? /.exec(output());
      if (!match?.[1]) return;
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      resolve(match[1]);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`The API exited with code ${code} before listening:\n${output()}`));
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
  });
}

export interface ServerOptions {
  /** Extra environment (another build of the web app, fast webhook retries for a test…). */
  env?: Record<string, string>;
  /** A data folder that outlives this server (a restart reuses it); the caller removes it. */
  dataDir?: string;
  /**
   * The port to listen on, for a restart that keeps its URL; otherwise the server picks a free one
   * itself, so no other process can take the port between choosing and binding it.
   */
  port?: number;
}

/** The real server as `pnpm start` runs it: built API, built web app, a throwaway data folder. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const main = join(repoRoot, "apps/api/dist/main.js");
  if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (pnpm build).`);
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "rebound-e2e-data-")));
  const child = spawn(process.execPath, [main], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: "127.0.0.1",
      REBOUND_DATA_DIR: dataDir,
      // No drain on stop: nothing balances load in front of this server.
      SHUTDOWN_DRAIN_MS: "0",
      NODE_ENV: "production",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let url: string;
  try {
    url = await printedUrl(child, () => log);
  } catch (error) {
    child.kill("SIGKILL");
    if (ownsData) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      if (ownsData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
