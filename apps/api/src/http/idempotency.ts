import type { FastifyRequest } from "fastify";
import type { Database } from "../db/create-database.js";
import { sha256 } from "../security/secrets.js";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  releaseIdempotencyKey,
  type IdempotentRequest,
} from "../store/idempotency-keys.js";
import { errorBody, type ErrorAnswer } from "./error-body.js";

export const IDEMPOTENCY_HEADER = "idempotency-key";

/** The POSTs that create something: saving a debrief, sharing a summary, counting an event. */
export const IDEMPOTENT_OPERATIONS: ReadonlySet<string> = new Set([
  "debriefs.save",
  "widget.share",
  "widget.event",
]);

/** Printable ASCII without spaces, as Stripe and the IETF draft use (a UUID fits). */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

/** A REST answer before it is sent: its status and its JSON text. */
export interface RestAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

function refusal(request: FastifyRequest, answer: ErrorAnswer, headers = {}): RestAnswer {
  return { status: answer.status, body: JSON.stringify(errorBody(answer, request.id)), headers };
}

/**
 * Runs a creating POST at most once per `Idempotency-Key` and caller: the same key and body
 * within 24 hours gets the first answer again (`Idempotent-Replayed: true`), the same key with
 * another body 422, a duplicate sent while the first still runs 409. Only a success is kept:
 * after an error nothing was created, and the key may be retried.
 */
export async function idempotently(
  db: Database,
  request: FastifyRequest,
  operation: string,
  input: unknown,
  now: Date,
  run: () => Promise<RestAnswer>,
): Promise<RestAnswer> {
  const key = request.headers[IDEMPOTENCY_HEADER];
  if (key === undefined) return run();
  if (typeof key !== "string" || !KEY_FORMAT.test(key)) {
    return refusal(request, {
      status: 400,
      message:
        "Idempotency-Key must be 1 to 255 printable characters without spaces, such as a UUID.",
      issues: [{ path: "Idempotency-Key", message: "Use a fresh random value, such as a UUID." }],
    });
  }
  const claim: IdempotentRequest = {
    scope: request.auth.agencyId !== null ? `agency:${request.auth.agencyId}` : `ip:${request.ip}`,
    key,
    requestHash: sha256(`${operation}\n${JSON.stringify(input ?? null)}`),
    now,
  };
  const state = await claimIdempotencyKey(db, claim);
  switch (state.kind) {
    case "replay":
      return { ...state.answer, headers: { "idempotent-replayed": "true" } };
    case "mismatch":
      return refusal(request, {
        status: 422,
        message:
          "This Idempotency-Key was already used with a different request. Use a new key for a new request.",
      });
    case "in-progress":
      return refusal(
        request,
        {
          status: 409,
          message:
            "A request with this Idempotency-Key is still being processed. Retry in a moment to get its answer.",
        },
        { "retry-after": "1" },
      );
    case "first":
      break;
  }
  let answer: RestAnswer;
  try {
    answer = await run();
  } catch (error) {
    await releaseIdempotencyKey(db, claim);
    throw error;
  }
  if (answer.status >= 200 && answer.status < 300) await completeIdempotencyKey(db, claim, answer);
  else await releaseIdempotencyKey(db, claim);
  return answer;
}
