import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDatabase, MIGRATIONS_FOLDER } from "../src/db/create-database.js";
import { DATABASE_TARGETS, POSTGRES_TEST_URL } from "./support/databases.js";
import { until } from "./support/until.js";

const onPostgres = DATABASE_TARGETS.some((target) => target.name === "postgres");

/** The committed migrations, as drizzle-kit lists them. */
const MIGRATIONS = (
  JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8")) as {
    entries: unknown[];
  }
).entries;

const admin = <T>(work: (client: pg.Client) => Promise<T>) => withClient(POSTGRES_TEST_URL, work);

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe.skipIf(!onPostgres)("PostgreSQL connections", { timeout: 120_000 }, () => {
  it("run once when several processes start together on a fresh database", async () => {
    // Five fresh databases, four API processes starting at once on each (one pool each, as
    // separate processes would have): every start must succeed.
    for (let round = 0; round < 5; round += 1) {
      const name = `rebound_migrate_${randomBytes(6).toString("hex")}`;
      await admin((client) => client.query(`CREATE DATABASE ${name}`));
      const url = new URL(POSTGRES_TEST_URL);
      url.pathname = `/${name}`;
      const processes = Array.from({ length: 4 }, () =>
        createDatabase({ kind: "postgres", url: url.toString() }),
      );
      try {
        const results = await Promise.allSettled(processes.map((database) => database.migrate()));
        const failures = results.flatMap((result) =>
          result.status === "rejected" ? [String(result.reason)] : [],
        );
        expect(failures, `round ${round}`).toEqual([]);
        const applied = await withClient(url.toString(), (client) =>
          client.query<{ n: number }>(
            "select count(*)::int as n from drizzle.__drizzle_migrations",
          ),
        );
        expect(applied.rows[0]?.n).toBe(MIGRATIONS.length);
      } finally {
        await Promise.all(processes.map((database) => database.close()));
        await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      }
    }
  });

  it("survive the server closing idle connections (a restart, an administrator)", async () => {
    const name = `rebound_idle_${randomBytes(6).toString("hex")}`;
    await admin((client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(POSTGRES_TEST_URL);
    url.pathname = `/${name}`;
    const database = createDatabase({ kind: "postgres", url: url.toString() });
    try {
      expect(await database.ping()).toBe(true); // leaves an idle connection in the pool
      const terminated = await admin((client) =>
        client.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [
          name,
        ]),
      );
      expect(terminated.rowCount).toBe(1);
      // The pool hears its connection die, drops it and answers again on a new one.
      await until(() => database.ping());
    } finally {
      await database.close();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  });
});
