import { configFromEnv, describeDatabase } from "./config.js";
import { createDatabase, type DatabaseHandle } from "./db/create-database.js";
import { DataFolderInUseError } from "./db/data-folder-lock.js";
import { createShutdown } from "./lifecycle/shutdown.js";
import { buildServer } from "./server.js";

/**
 * `pnpm start`: apply the migrations, serve the API, the web app and the embed assets on one
 * port, print the URL. SIGTERM drains first (readiness 503 for SHUTDOWN_DRAIN_MS, a second
 * SIGTERM ends the drain), then closes the listener and lets in-flight requests finish;
 * SIGINT (Ctrl-C) skips the drain.
 */
const config = configFromEnv(process.env);
let database: DatabaseHandle;
try {
  database = createDatabase(config.database);
} catch (error) {
  // Another process holds the PGlite folder: say so plainly, without a stack trace.
  if (!(error instanceof DataFolderInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
await database.migrate();

const app = await buildServer({ config, database, ownsDatabase: true });
await app.listen({ port: config.port, host: config.host });

const address = app.server.address();
const port = typeof address === "object" && address !== null ? address.port : config.port;
const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
const url = `http://${shownHost}:${port}/`;
// The agency CLI reads this from the data folder's lock to create agencies through this server.
database.folderLock?.advertise(url);
console.log(`Rebound is running at ${url} (${describeDatabase(config.database)})`);

const shutdown = createShutdown(app, config.shutdown);
process.on("SIGTERM", () => shutdown.begin("SIGTERM"));
process.on("SIGINT", () => shutdown.begin("SIGINT", { skipDrain: true }));
void shutdown.finished.then((code) => process.exit(code));
