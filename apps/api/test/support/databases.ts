import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { createDatabase, pgliteHandle, type DatabaseHandle } from "../../src/db/create-database.js";

/** The PostgreSQL server the persistence tests use when it answers (CI and our machines run one). */
export const POSTGRES_TEST_URL =
  process.env.DATABASE_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A database that outlives its connections: closed and opened again, as across a restart. */
export interface DurableDatabase {
  /** Connects (and migrates); close the handle to disconnect, as a stopping server does. */
  connect(): Promise<DatabaseHandle>;
  /** Deletes it for good. */
  drop(): Promise<void>;
}

export interface DatabaseTarget {
  name: "pglite" | "postgres";
  /** A fresh, migrated, empty database; `close` drops whatever it created. */
  open(): Promise<DatabaseHandle>;
  /** A fresh database on disk (PGlite) or on the server, for restart tests. */
  durable(): Promise<DurableDatabase>;
}

async function connected(handle: DatabaseHandle): Promise<DatabaseHandle> {
  await handle.migrate();
  return handle;
}

async function postgresAnswers(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** In memory, from the migrated snapshot the global setup made; `migrate()` still runs and finds nothing to do. */
const pgliteTarget: DatabaseTarget = {
  name: "pglite",
  async open() {
    const snapshot = new Blob([readFileSync(inject("pgliteSnapshot"))]);
    const database = pgliteHandle(await PGlite.create({ loadDataDir: snapshot }));
    await database.migrate();
    return database;
  },
  durable() {
    const dataDir = mkdtempSync(path.join(tmpdir(), "rebound-durable-"));
    let created = false;
    return Promise.resolve({
      async connect() {
        // The first connection unpacks the migrated snapshot into the folder (no initdb).
        const loadDataDir = created
          ? undefined
          : new Blob([readFileSync(inject("pgliteSnapshot"))]);
        created = true;
        return connected(pgliteHandle(await PGlite.create({ dataDir, loadDataDir })));
      },
      drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    });
  },
};

/**
 * One throwaway database per `open()` on the server (the migrations name the `public` schema,
 * so a schema per test would not isolate): parallel test files never see each other's rows.
 */
async function adminQuery(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** A new database on the test server: its URL, and how to drop it. */
async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `rebound_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_TEST_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

const postgresTarget: DatabaseTarget = {
  name: "postgres",
  async open() {
    const { url, drop } = await createPostgresDatabase();
    const database = await connected(createDatabase({ kind: "postgres", url }));
    return {
      ...database,
      async close() {
        await database.close();
        await drop();
      },
    };
  },
  async durable() {
    const { url, drop } = await createPostgresDatabase();
    return { connect: () => connected(createDatabase({ kind: "postgres", url })), drop };
  },
};

const postgresProblem = await postgresAnswers(POSTGRES_TEST_URL);
if (postgresProblem !== null) {
  console.warn(
    `Skipping the PostgreSQL runs: ${POSTGRES_TEST_URL} does not answer (${postgresProblem}).`,
  );
}

/** PGlite always; PostgreSQL too when its server answers. */
export const DATABASE_TARGETS: DatabaseTarget[] =
  postgresProblem === null ? [pgliteTarget, postgresTarget] : [pgliteTarget];
