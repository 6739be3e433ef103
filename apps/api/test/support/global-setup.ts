import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { PGlite } from "@electric-sql/pglite";
import { pgliteHandle } from "../../src/db/create-database.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A dump of a freshly migrated PGlite database, so each test file skips initdb and migrations. */
    pgliteSnapshot: string;
  }
}

/** Runs once per `vitest run`: PGlite's initdb is the slowest part of opening a database. */
export default async function setup(project: TestProject): Promise<() => void> {
  const client = await PGlite.create();
  await pgliteHandle(client).migrate();
  const file = path.join(tmpdir(), `rebound-pglite-${process.pid}-${Date.now()}.tar`);
  writeFileSync(file, Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer()));
  await client.close();
  project.provide("pgliteSnapshot", file);
  return () => rmSync(file, { force: true });
}
