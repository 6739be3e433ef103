import { isLoopbackWebhookUrl } from "@rebound/core";
import type { FastifyBaseLogger } from "fastify";
import type { WebhookConfig } from "../config.js";
import type { Database } from "../db/create-database.js";
import { endpointForDelivery } from "../store/webhook-endpoints.js";
import {
  claimDueDeliveries,
  recordAttempt,
  releaseClaim,
  type AttemptOutcome,
  type DeliveryRow,
} from "../store/webhook-outbox.js";
import type { WebhookBody } from "./events.js";
import { sendSigned } from "./send-signed.js";

export interface WebhookDispatcher {
  /** Stops polling, aborts attempts in flight (their claims are released for the next start). */
  stop(): Promise<void>;
}

const BATCH = 10;
/** A claim outlives one attempt by this much, then another process (or a restart) may take it. */
const LEASE_MARGIN_MS = 5000;

/** Exponential backoff: base, 2×base, 4×base… capped. `attempts` counts the one that just failed. */
export function retryDelayMs(config: WebhookConfig, attempts: number): number | null {
  if (attempts >= config.maxAttempts) return null;
  return Math.min(config.retryMaxMs, config.retryBaseMs * 2 ** (attempts - 1));
}

/**
 * Delivers the outbox: every `pollMs`, claim what is due, post it signed, record the outcome.
 * Everything lives in the database, so pending deliveries and their retry times survive a
 * restart, and several API processes share the work without sending anything twice at once.
 */
export function startWebhookDispatcher(options: {
  db: Database;
  secretsKey: Buffer;
  config: WebhookConfig;
  log: FastifyBaseLogger;
  /** The server's clock (when a rolled secret's overlap ends); the signature's time is the wire's. */
  now: () => Date;
}): WebhookDispatcher {
  const { db, secretsKey, config, log, now } = options;
  const stopping = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  async function attempt(row: DeliveryRow & { payload: WebhookBody }): Promise<AttemptOutcome> {
    const target = await endpointForDelivery(db, row.agencyId, { secretsKey, now: now() });
    if (!target)
      return {
        kind: "failed",
        statusCode: null,
        error: "No endpoint: it was removed.",
        retryInMs: null,
      };
    if (!config.allowLoopback && isLoopbackWebhookUrl(target.url))
      return {
        kind: "failed",
        statusCode: null,
        error: "This server does not deliver to endpoints on its own machine.",
        retryInMs: null,
      };
    const sent = await sendSigned(target, row.id, row.payload, {
      timeoutMs: config.timeoutMs,
      signal: stopping.signal,
    });
    if (sent.ok) return { kind: "delivered", statusCode: sent.statusCode ?? 200 };
    return {
      kind: "failed",
      statusCode: sent.statusCode,
      error: sent.error,
      retryInMs: retryDelayMs(config, row.attempts + 1),
    };
  }

  async function deliver(row: DeliveryRow & { payload: WebhookBody }): Promise<void> {
    const outcome = await attempt(row);
    // Cut short by a shutdown: not the receiver's fault, so not an attempt; the next start retries.
    if (stopping.signal.aborted) await releaseClaim(db, row.id);
    else await recordAttempt(db, row.id, outcome);
  }

  async function tick(): Promise<void> {
    let full = false;
    try {
      const due = await claimDueDeliveries(db, BATCH, config.timeoutMs + LEASE_MARGIN_MS);
      full = due.length === BATCH;
      await Promise.all(due.map((row) => deliver(row)));
    } catch (error) {
      if (!stopping.signal.aborted)
        log.warn({ err: { message: (error as Error).message } }, "webhook delivery round failed");
    }
    if (stopping.signal.aborted) return;
    timer = setTimeout(
      () => {
        running = tick();
      },
      full ? 0 : config.pollMs,
    );
    timer.unref();
  }

  running = tick();
  return {
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
