import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

/** Why the outage test cannot run here, or null when `redis-server` is installed (CI installs it). */
export function redisServerMissing(): string | null {
  const probe = spawnSync("redis-server", ["--version"]);
  return probe.error ? `redis-server is not installed (${probe.error.message})` : null;
}

/** A port the OS just handed out and released, for a server that cannot pick its own (redis-server's 0 means "no TCP"). */
async function releasedPort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const address = probe.address();
  probe.close();
  await once(probe, "close");
  if (typeof address !== "object" || address === null) throw new Error("No port");
  return address.port;
}

/** Starts redis-server on `port`; resolves once it accepts connections, or null if it exited first (port taken). */
function startOn(port: number): Promise<ChildProcess | null> {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve) => {
    let seen = "";
    child.stdout.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes("Ready to accept connections")) resolve(child);
    });
    child.once("exit", () => resolve(null));
  });
}

/** A redis-server of the test's own, which the test can stop, freeze and start again. */
export interface TestRedis {
  url: string;
  /** Stops it and waits until it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  restart(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open and nothing answers. */
  freeze(): void;
  thaw(): void;
}

export async function startTestRedis(): Promise<TestRedis> {
  // Another process may take a released port before redis-server binds it: try another one.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await releasedPort();
    let child = await startOn(port);
    if (child === null) continue;
    return {
      url: `redis://127.0.0.1:${port}`,
      async stop() {
        if (child === null || child.exitCode !== null || child.signalCode !== null) return;
        child.kill("SIGCONT");
        const exited = once(child, "exit");
        child.kill("SIGTERM");
        await exited;
      },
      async restart() {
        child = await startOn(port);
        if (child === null) throw new Error(`redis-server could not start again on port ${port}.`);
      },
      freeze() {
        child?.kill("SIGSTOP");
      },
      thaw() {
        child?.kill("SIGCONT");
      },
    };
  }
  throw new Error("redis-server did not start on any of five free ports.");
}
