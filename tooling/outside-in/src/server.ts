import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface StartedServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * `node apps/api/dist/main.js` (what `pnpm start` runs) on a port the OS picks, with its own
 * embedded database in `dataDir` and a small anonymous rate limit so a 429 comes quickly.
 */
export function startServer(repoRoot: string, dataDir: string, anonymousLimit: number) {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(repoRoot, "apps/api/dist/main.js")],
    {
      cwd: path.join(repoRoot, "apps/api"),
      env: {
        ...process.env,
        PORT: "0",
        HOST: "127.0.0.1",
        REBOUND_DATA_DIR: dataDir,
        DATABASE_URL: "",
        REDIS_URL: "",
        RATE_LIMIT_ANONYMOUS: String(anonymousLimit),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) resolve();
      else {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }
    });
  return new Promise<StartedServer>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /running at (http:\/\/[^/\s]+)\//.exec(output);
      if (match?.[1] !== undefined) resolve({ url: match[1], stop });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", (code) =>
      reject(new Error(`the server exited (${code}) before listening:\n${output}`)),
    );
  });
}
