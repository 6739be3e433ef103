import type { DataFolderInUseError } from "../db/data-folder-lock.js";
import type { CreatedAgency } from "../store/agencies.js";

export interface AgencyInput {
  name: string;
  origins: string[];
}

/** What to do when a server holds the data folder, in words a person can follow. */
export function whatToDo(inUse: DataFolderInUseError): string {
  const where = inUse.holder.url
    ? `the Rebound server at ${inUse.holder.url}`
    : `process ${inUse.holder.pid}`;
  return [
    `The data folder ${inUse.folder} is in use by ${where}: PGlite lets only one process open it.`,
    "Either:",
    "  - stop the server, run this command again, then start the server; or",
    "  - start the server with REBOUND_ADMIN_TOKEN set, and run this command with the same",
    "    REBOUND_ADMIN_TOKEN: it then creates the agency through the running server.",
    `If no server is running, delete ${inUse.lockFile} (left by a process that did not stop cleanly).`,
  ].join("\n");
}

interface TrpcAnswer {
  result?: { data: CreatedAgency };
  error?: { message?: string };
  message?: string;
}

/**
 * Creates the agency through the server that holds the data folder (its admin procedure), so the
 * server knows the new keys at once and nothing is written behind its back.
 */
export async function createThroughServer(
  url: string,
  adminToken: string,
  input: AgencyInput,
): Promise<{ created: CreatedAgency } | { error: string }> {
  let response: Response;
  try {
    response = await fetch(new URL("api/trpc/admin.createAgency", url), {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify(input),
    });
  } catch (error) {
    return { error: `Could not reach the server at ${url}: ${(error as Error).message}` };
  }
  const answer = (await response.json().catch(() => ({}))) as TrpcAnswer;
  if (response.ok && answer.result) return { created: answer.result.data };
  const reason = answer.error?.message ?? answer.message ?? `HTTP ${response.status}`;
  return {
    error:
      response.status === 401
        ? `The server at ${url} refused the admin token: run this command with the REBOUND_ADMIN_TOKEN the server was started with.`
        : `The server at ${url} did not create the agency: ${reason}`,
  };
}
