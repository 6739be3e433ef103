import { parseArgs } from "node:util";
import { AllowedOriginsSchema } from "@rebound/core";
import { configFromEnv, describeDatabase } from "../config.js";
import { createDatabase } from "../db/create-database.js";
import { createAgency } from "../store/agencies.js";

const USAGE = `Usage: pnpm --filter @rebound/api agency:create --name "Acme Talent" --origin https://careers.acme.example [--origin …]`;

/**
 * Creates a tenant in the database `start` uses (REBOUND_DATA_DIR or DATABASE_URL) and prints
 * its keys. The secret key is shown this once: only its scrypt hash is stored.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { name: { type: "string" }, origin: { type: "string", multiple: true } },
    strict: true,
  });
  const name = values.name?.trim() ?? "";
  if (name === "" || name.length > 120) {
    console.error(`--name is required (at most 120 characters).\n${USAGE}`);
    return 2;
  }
  const origins = AllowedOriginsSchema.safeParse(values.origin ?? []);
  if (!origins.success) {
    console.error(`${origins.error.issues.map((issue) => issue.message).join("\n")}\n${USAGE}`);
    return 2;
  }

  const config = configFromEnv(process.env);
  const database = createDatabase(config.database);
  try {
    await database.migrate();
    const { agency, secretKey } = await createAgency(database.db, { name, origins: origins.data });
    console.log(
      [
        `Created agency "${agency.name}" (${describeDatabase(config.database)}).`,
        `  id:              ${agency.id}`,
        `  allowed origins: ${agency.origins.join(", ") || "(none yet)"}`,
        `  publishable key: ${agency.publishableKey}`,
        `  secret key:      ${secretKey}`,
        "Keep the secret key safe: it is shown only now. It signs in to the dashboard and authorises API calls.",
      ].join("\n"),
    );
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
