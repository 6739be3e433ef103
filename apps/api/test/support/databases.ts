import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { createDatabase, pgliteHandle, type DatabaseHandle } from "../../src/db/create-database.js";

/** The PostgreSQL server the persistence tests use when it answers (CI and our machines run one). */
export const POSTGRES_TEST_URL =
  process.env.DATABASE_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface DatabaseTarget {
  name: "pglite" | "postgres";
  /** A fresh, migrated, empty database; `close` drops whatever it created. */
  open(): Promise<DatabaseHandle>;
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
};

/**
 * One throwaway database per `open()` on the server (the migrations name the `public` schema,
 * so a schema per test would not isolate): parallel test files never see each other's rows.
 */
const postgresTarget: DatabaseTarget = {
  name: "postgres",
  async open() {
    const name = `rebound_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(POSTGRES_TEST_URL);
    url.pathname = `/${name}`;
    const database = createDatabase({ kind: "postgres", url: url.toString() });
    await database.migrate();
    return {
      ...database,
      async close() {
        await database.close();
        const dropper = new pg.Client({ connectionString: POSTGRES_TEST_URL });
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
      },
    };
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
