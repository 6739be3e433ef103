import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { Database } from "../db/create-database.js";
import { allShares, type Share } from "../store/shares.js";
import { csvRow } from "./csv.js";
import { sendError } from "./send-error.js";

export const SHARES_CSV_PATH = "/api/v1/agency/shares.csv";

const HEADER = ["id", "shared_at", "name", "contact", "role", "plan_headline", "debrief_json"];

const toRow = ({ id, createdAt, summary }: Share): string =>
  csvRow([
    id,
    createdAt,
    summary.name,
    summary.contact,
    summary.role,
    summary.planHeadline,
    summary.debrief ? JSON.stringify(summary.debrief) : "",
  ]);

async function* csvLines(db: Database, agencyId: string): AsyncGenerator<string> {
  // A byte-order mark, so spreadsheets read accented names as UTF-8.
  yield `\uFEFF${csvRow(HEADER)}`;
  for await (const share of allShares(db, agencyId)) yield toRow(share);
}

/**
 * `GET /api/v1/agency/shares.csv`: every share, streamed page by page, with the secret key or the
 * dashboard session (a plain link in the dashboard downloads it).
 */
export function registerSharesCsv(app: FastifyInstance, db: Database): void {
  app.get(SHARES_CSV_PATH, (request, reply) => {
    const { agencyId, via } = request.auth;
    if (agencyId === null || via === "admin") {
      return sendError(request, reply, { status: 401, message: "Send a secret key or sign in." });
    }
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="rebound-shares-${day}.csv"`)
      .header("cache-control", "no-store")
      .send(Readable.from(csvLines(db, agencyId)));
  });
}
