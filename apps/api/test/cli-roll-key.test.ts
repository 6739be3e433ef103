import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabase, pgliteHandle } from "../src/db/create-database.js";
import { createAgency } from "../src/store/agencies.js";
import { agencyIdForSecretKey } from "../src/store/secret-keys.js";

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(apiRoot, "node_modules/.bin/tsx");
const dataDir = mkdtempSync(path.join(tmpdir(), "rebound-roll-"));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function rollKey(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(tsx, [path.join(apiRoot, "src/cli/agency-roll-key.ts"), ...args], {
    env: { ...process.env, REBOUND_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}

/** The data folder `start` would use, made from the migrated snapshot (no initdb on a busy machine). */
async function dataFolder() {
  const loadDataDir = new Blob([readFileSync(inject("pgliteSnapshot"))]);
  return pgliteHandle(await PGlite.create({ dataDir, loadDataDir }));
}

/** Which of these keys the data folder accepts now (opened after the CLI runs, as `start` would). */
async function accepted(keys: string[]): Promise<boolean[]> {
  const database = createDatabase({ kind: "pglite", dataDir });
  try {
    return await Promise.all(
      keys.map(async (key) => (await agencyIdForSecretKey(database.db, key, new Date())) !== null),
    );
  } finally {
    await database.close();
  }
}

// Real processes (tsx, PGlite on disk), while the other packages' tests share the cores.
describe("agency:roll-key", { timeout: 300_000 }, () => {
  it("prints a new key once, with how long the old one keeps working; the old ones stop", async () => {
    const setup = await dataFolder();
    const { agency, secretKey: first } = await createAgency(setup.db, {
      name: "Acme Talent",
      origins: [],
    });
    await setup.close();

    const withOverlap = await rollKey([
      "--agency",
      agency.publishableKey,
      "--overlap-minutes",
      "60",
    ]);
    expect(withOverlap.code, withOverlap.stderr).toBe(0);
    const second = /new secret key: (sk_\S+)/.exec(withOverlap.stdout)?.[1] ?? "";
    expect(withOverlap.stdout).toMatch(/old secret key: keeps working until \d{4}-\d{2}-\d{2}T/);
    expect(await accepted([first, second])).toEqual([true, true]);

    const atOnce = await rollKey(["--agency", agency.id]);
    expect(atOnce.code, atOnce.stderr).toBe(0);
    const third = /new secret key: (sk_\S+)/.exec(atOnce.stdout)?.[1] ?? "";
    expect(atOnce.stdout).toContain("old secret key: stopped working now");
    expect(await accepted([first, second, third])).toEqual([false, false, true]);
  });

  it("says what is wrong with its arguments", async () => {
    const missing = await rollKey([]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--agency is required");
    const tooLong = await rollKey(["--agency", "x", "--overlap-minutes", "20000"]);
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toContain("a week");
    const unknown = await rollKey(["--agency", "pk_nosuchagency0000"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("No agency pk_nosuchagency0000");
  });
});
