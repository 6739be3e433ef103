import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { lockDataFolder, type DataFolderLock } from "./data-folder-lock.js";
import { migratePostgres } from "./migrate-postgres.js";
import { schema } from "./schema.js";

/** Either driver behind one query-builder type: the stores never know which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** Applies the committed drizzle-kit migrations (idempotent). */
  migrate(): Promise<void>;
  /** True when a trivial query answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** A PGlite data folder's lock, held until `close()`; to tell other processes where we serve. */
  folderLock?: DataFolderLock;
}

export type DatabaseOptions =
  { kind: "pglite"; dataDir?: string } | { kind: "postgres"; url: string };

/** `apps/api/drizzle`, whether running from `src/db` (tsx, tests) or `dist/db` (start). */
export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../drizzle",
);

export function createDatabase(options: DatabaseOptions): DatabaseHandle {
  return options.kind === "pglite" ? createPglite(options.dataDir) : createPostgres(options.url);
}

function createPglite(dataDir: string | undefined): DatabaseHandle {
  // No dataDir = in memory (tests); otherwise the embedded default under REBOUND_DATA_DIR, held
  // by this process alone (throws DataFolderInUseError when another one holds it).
  if (dataDir === undefined) return pgliteHandle(new PGlite());
  mkdirSync(dataDir, { recursive: true });
  const folderLock = lockDataFolder(dataDir);
  const handle = pgliteHandle(new PGlite(dataDir));
  return {
    ...handle,
    folderLock,
    async close() {
      try {
        await handle.close();
      } finally {
        folderLock.release();
      }
    },
  };
}

/** Wraps a PGlite client the caller opened (tests open theirs from a migrated snapshot). */
export function pgliteHandle(client: PGlite): DatabaseHandle {
  const db = drizzlePglite({ client, schema });
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    ping: () => pingWith(db),
    close: () => client.close(),
  };
}

function createPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection closed by the server (a restart, an administrator) is an "error" event on
  // the pool, which would end the process if nobody listened. The pool drops that connection and
  // opens another for the next query; a query that fails still reaches its caller.
  pool.on("error", () => undefined);
  const db = drizzleNodePg({ client: pool, schema });
  return {
    db,
    kind: "postgres",
    migrate: () => migratePostgres(pool, MIGRATIONS_FOLDER),
    ping: () => pingWith(db),
    close: () => pool.end(),
  };
}

async function pingWith(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
