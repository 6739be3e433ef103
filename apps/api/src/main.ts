import { configFromEnv, describeDatabase } from "./config.js";
import { createDatabase } from "./db/create-database.js";
import { buildServer } from "./server.js";

/**
 * `pnpm start`: apply the migrations, serve the API, the web app and the embed assets on one
 * port, print the URL. SIGTERM and SIGINT close gracefully: no new connections, in-flight
 * requests finish, then the database closes.
 */
const config = configFromEnv(process.env);
const database = createDatabase(config.database);
await database.migrate();

const app = await buildServer({ config, database, ownsDatabase: true });
await app.listen({ port: config.port, host: config.host });

const address = app.server.address();
const port = typeof address === "object" && address !== null ? address.port : config.port;
const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
console.log(
  `Rebound is running at http://${shownHost}:${port}/ (${describeDatabase(config.database)})`,
);

/** How long in-flight requests get to finish before the process gives up on them. */
const SHUTDOWN_GRACE_MS = 10_000;

let closing = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    setTimeout(() => {
      app.log.error("in-flight requests did not finish in time; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
