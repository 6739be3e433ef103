import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./paths.js";

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** A free TCP port on loopback, chosen by the OS. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
  // A fresh PGlite data folder is initialised on first start: seconds of CPU, many more while
  // the other packages' tests share the machine's cores with it.
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The API exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The API did not answer /healthz within ${timeoutMs} ms:\n${output()}`);
}

export interface ServerOptions {
  /** Extra environment (e.g. fast webhook retries for a test). */
  env?: Record<string, string>;
  /** A data folder that outlives this server (a restart reuses it); the caller removes it. */
  dataDir?: string;
  /** The port to listen on (a restart keeps its URL); a free one otherwise. */
  port?: number;
}

/** The real server as `pnpm start` runs it: built API, built web app, a throwaway data folder. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const main = join(repoRoot, "apps/api/dist/main.js");
  if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (pnpm build).`);
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "rebound-e2e-data-")));
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [main], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      REBOUND_DATA_DIR: dataDir,
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
  try {
    await waitForHealth(url, child, () => log);
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
