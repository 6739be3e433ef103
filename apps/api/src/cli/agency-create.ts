import { parseArgs } from "node:util";
import { AgencyNameSchema, AllowedOriginsSchema } from "@rebound/core";
import { configFromEnv, describeDatabase } from "../config.js";
import { createDatabase, type DatabaseHandle } from "../db/create-database.js";
import { DataFolderInUseError } from "../db/data-folder-lock.js";
import { createAgency, type CreatedAgency } from "../store/agencies.js";
import { createThroughServer, whatToDo, type AgencyInput } from "./create-through-server.js";

const USAGE = `Usage: pnpm --filter @rebound/api agency:create --name "Acme Talent" --origin https://careers.acme.example [--origin …]`;

/** Exit code when the data folder is held by a server and the command cannot go through it. */
const IN_USE = 3;

function report({ agency, secretKey }: CreatedAgency, where: string): void {
  console.log(
    [
      `Created agency "${agency.name}" (${where}).`,
      `  id:              ${agency.id}`,
      `  allowed origins: ${agency.origins.join(", ") || "(none yet)"}`,
      `  publishable key: ${agency.publishableKey}`,
      `  secret key:      ${secretKey}`,
      "Keep the secret key safe: it is shown only now. It signs in to the dashboard and authorises API calls.",
    ].join("\n"),
  );
}

/**
 * Creates a tenant in the database `start` uses (REBOUND_DATA_DIR or DATABASE_URL) and prints
 * its keys. The secret key is shown this once: only its scrypt hash is stored. When a running
 * server holds the PGlite folder, the agency is created through that server (given its
 * REBOUND_ADMIN_TOKEN), or the command says what to do; it never writes behind the server's back.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { name: { type: "string" }, origin: { type: "string", multiple: true } },
    strict: true,
  });
  const name = AgencyNameSchema.safeParse(values.name ?? "");
  if (!name.success) {
    console.error(`${name.error.issues.map((issue) => issue.message).join("\n")}\n${USAGE}`);
    return 2;
  }
  const origins = AllowedOriginsSchema.safeParse(values.origin ?? []);
  if (!origins.success) {
    console.error(`${origins.error.issues.map((issue) => issue.message).join("\n")}\n${USAGE}`);
    return 2;
  }
  const input: AgencyInput = { name: name.data, origins: origins.data };

  const config = configFromEnv(process.env);
  let database: DatabaseHandle;
  try {
    database = createDatabase(config.database);
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    const { url } = error.holder;
    if (url === undefined || config.adminToken === undefined) {
      console.error(whatToDo(error));
      return IN_USE;
    }
    const result = await createThroughServer(url, config.adminToken, input);
    if ("error" in result) {
      console.error(result.error);
      return 1;
    }
    report(result.created, `through the running server at ${url}`);
    return 0;
  }

  let created: CreatedAgency;
  try {
    await database.migrate();
    created = await createAgency(database.db, input);
  } finally {
    // Closed (written out, folder released) before anything is reported as created.
    await database.close();
  }
  report(created, describeDatabase(config.database));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
