import { parseArgs } from "node:util";
import { configFromEnv, describeDatabase } from "../config.js";
import { createDatabase } from "../db/create-database.js";
import { MAX_KEY_OVERLAP_MINUTES } from "../routers/agency-keys.js";
import { findAgencyById, findAgencyByPublishableKey } from "../store/agencies.js";
import { rollSecretKey } from "../store/secret-keys.js";

const USAGE = `Usage: pnpm --filter @rebound/api agency:roll-key --agency <agency id or pk_…> [--overlap-minutes 60]`;

/**
 * Replaces an agency's secret key in the database `start` uses (REBOUND_DATA_DIR or DATABASE_URL)
 * and prints the new one, once: for an agency that lost its key or fears it leaked. The old key
 * stops at once, or after --overlap-minutes (at most a week) so its systems can move over.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { agency: { type: "string" }, "overlap-minutes": { type: "string", default: "0" } },
    strict: true,
  });
  const which = values.agency?.trim() ?? "";
  const overlap = Number(values["overlap-minutes"]);
  if (which === "") {
    console.error(`--agency is required: the agency's id or its publishable key.\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(overlap) || overlap < 0 || overlap > MAX_KEY_OVERLAP_MINUTES) {
    console.error(
      `--overlap-minutes is a whole number from 0 to ${String(MAX_KEY_OVERLAP_MINUTES)} (a week).\n${USAGE}`,
    );
    return 2;
  }

  const config = configFromEnv(process.env);
  const database = createDatabase(config.database);
  try {
    await database.migrate();
    const agency = which.startsWith("pk_")
      ? await findAgencyByPublishableKey(database.db, which)
      : await findAgencyById(database.db, which);
    if (!agency) {
      console.error(`No agency ${which} in the ${describeDatabase(config.database)}.`);
      return 1;
    }
    const rolled = await rollSecretKey(database.db, agency.id, {
      overlapMs: overlap * 60_000,
      now: new Date(),
    });
    if (!rolled) throw new Error("The agency disappeared while its key was rolled.");
    console.log(
      [
        `Rolled the secret key of "${agency.name}" (${describeDatabase(config.database)}).`,
        `  new secret key: ${rolled.secretKey}`,
        `  old secret key: ${rolled.previousKeyExpiresAt === null ? "stopped working now" : `keeps working until ${rolled.previousKeyExpiresAt}`}`,
        "Keep the new key safe: it is shown only now. Dashboard sessions were signed out; sign in again with the new key.",
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
