import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type pg from "pg";
import { schema } from "./schema.js";

/** Any fixed number, the same in every process: PostgreSQL's advisory locks are keyed by it. */
const MIGRATIONS_LOCK = 0x7265626f; // "rebo"

/**
 * Applies the migrations while holding a session advisory lock, so API processes starting
 * together on one database take turns: the first applies them, the others wait, then find
 * nothing left to do (Drizzle's migrator alone raced: two processes both ran CREATE TABLE).
 */
export async function migratePostgres(pool: pg.Pool, migrationsFolder: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATIONS_LOCK]);
    try {
      await migrate(drizzle({ client, schema }), { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATIONS_LOCK]);
    }
  } finally {
    client.release();
  }
}
