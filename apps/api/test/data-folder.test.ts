import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  killLeftovers,
  output,
  processEnv,
  run,
  startServer,
  urlPrintedBy,
} from "./support/processes.js";

const dataDir = mkdtempSync(path.join(tmpdir(), "rebound-folder-"));
const env = processEnv(dataDir);
const ADMIN_TOKEN = "admin-token-for-the-data-folder-test-0123";

afterAll(() => {
  killLeftovers();
  rmSync(dataDir, { recursive: true, force: true });
});

const createAgency = (name: string, adminToken = "") =>
  output(
    run("src/cli/agency-create.ts", ["--name", name, "--origin", "https://careers.acme.example"], {
      ...env,
      REBOUND_ADMIN_TOKEN: adminToken,
    }),
  );

const secretKeyIn = (stdout: string) => /secret key:\s+(sk_\S+)/.exec(stdout)?.[1];

const agencyNameFor = async (url: string, secretKey: string) => {
  const response = await fetch(`${url}/api/v1/agency`, {
    headers: { authorization: `Bearer ${secretKey}` },
  });
  return response.ok ? ((await response.json()) as { name: string }).name : response.status;
};

// Real processes on one PGlite folder: allow for a busy machine.
describe("one process holds a PGlite data folder", { timeout: 180_000 }, () => {
  it("refuses the agency CLI beside a running server without its admin token, saying what to do", async () => {
    const server = await startServer(env);
    try {
      const refused = await createAgency("Beside Talent");
      expect(refused.code).toBe(3);
      expect(refused.stdout).not.toContain("Created");
      expect(refused.stderr).toContain(`is in use by the Rebound server at ${server.url}/`);
      expect(refused.stderr).toContain("REBOUND_ADMIN_TOKEN");
    } finally {
      expect((await server.stop()).code).toBe(0);
    }
  });

  it("creates the agency through the running server, which knows it at once and still after a restart", async () => {
    const serverEnv = { ...env, REBOUND_ADMIN_TOKEN: ADMIN_TOKEN };
    const server = await startServer(serverEnv);
    let secretKey: string | undefined;
    try {
      const created = await createAgency("Through Talent", ADMIN_TOKEN);
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toContain(`through the running server at ${server.url}/`);
      secretKey = secretKeyIn(created.stdout);
      expect(await agencyNameFor(server.url, secretKey!)).toBe("Through Talent");

      const wrongToken = await createAgency("Wrong Talent", "not-the-admin-token-at-all-000000");
      expect(wrongToken.code).toBe(1);
      expect(wrongToken.stderr).toContain("refused the admin token");
    } finally {
      expect((await server.stop()).code).toBe(0);
    }
    const restarted = await startServer(serverEnv);
    try {
      expect(await agencyNameFor(restarted.url, secretKey!)).toBe("Through Talent");
    } finally {
      await restarted.stop();
    }
  });

  it("refuses a second server on the same folder", async () => {
    const server = await startServer(env);
    try {
      const child = run("src/main.ts", [], env);
      const exited = output(child);
      // Should it listen after all, it is stopped at once and the test fails.
      const listened = await urlPrintedBy(child).then(
        (url) => (child.kill("SIGKILL"), url),
        () => null,
      );
      expect(listened).toBeNull();
      const second = await exited;
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`is in use by process`);
      expect(second.stderr).toContain(server.url);
    } finally {
      await server.stop();
    }
  });

  it("takes over a lock left by a process that is gone", async () => {
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(
      path.join(dataDir, "rebound.lock"),
      JSON.stringify({ pid: gone, startedAt: "2026-11-30T00:00:00.000Z" }),
    );
    const created = await createAgency("After Crash Talent");
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(`Created agency "After Crash Talent"`);
  });
});
