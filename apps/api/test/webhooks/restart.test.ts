import { afterEach, describe, expect, it } from "vitest";
import type { WebhookConfig } from "../../src/config.js";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { webhookDeliveries } from "../../src/db/schema.js";
import { createAgency } from "../../src/store/agencies.js";
import { saveWebhookEndpoint } from "../../src/store/webhook-endpoints.js";
import { DATABASE_TARGETS, type DurableDatabase } from "../support/databases.js";
import { TEST_NOW } from "../support/debrief.js";
import { TEST_SECRETS_KEY } from "../support/secrets.js";
import { AGENCY_ORIGIN, buildTestServer } from "../support/test-app.js";
import {
  startWebhookReceiver,
  verified,
  type WebhookReceiver,
} from "../support/webhook-receiver.js";

const WAIT = { timeout: 15_000, interval: 20 };

/** A first retry far enough out for the test to stop the server before it is due. */
const WEBHOOKS: WebhookConfig = {
  retryBaseMs: 1500,
  retryMaxMs: 1500,
  maxAttempts: 5,
  pollMs: 20,
  timeoutMs: 10_000,
  allowLoopback: true,
};

describe.each(DATABASE_TARGETS)("webhook deliveries across a restart on $name", (target) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A database, an agency with an endpoint at `receiver`, and a way to start a server on it. */
  async function world(receiver: WebhookReceiver) {
    const durable: DurableDatabase = await target.durable();
    cleanups.push(() => durable.drop());
    const setup = await durable.connect();
    const { agency } = await createAgency(setup.db, {
      name: "Acme Talent",
      origins: [AGENCY_ORIGIN],
    });
    const { secret } = await saveWebhookEndpoint(setup.db, agency.id, receiver.url, {
      secretsKey: Buffer.from(TEST_SECRETS_KEY, "base64"),
      now: TEST_NOW,
    });
    await setup.close();
    /** A server process's life: connect, serve; `stop` closes the server and its connection. */
    const start = async () => {
      const database: DatabaseHandle = await durable.connect();
      const app = await buildTestServer(database, { webhooks: WEBHOOKS });
      let stopped: Promise<void> | null = null;
      const stop = () =>
        (stopped ??= (async () => {
          await app.close();
          await database.close();
        })());
      cleanups.push(stop);
      return { app, database, stop };
    };
    /** The delivery as the database holds it, read while no server runs. */
    const stored = async () => {
      const database = await durable.connect();
      try {
        return await deliveryOf(database);
      } finally {
        await database.close();
      }
    };
    return { agency, secret: secret ?? "", start, stored };
  }

  const shareFrom = (
    app: Awaited<ReturnType<Awaited<ReturnType<typeof world>>["start"]>>["app"],
    key: string,
  ) =>
    app.inject({
      method: "POST",
      url: "/api/v1/widget/share",
      headers: { origin: AGENCY_ORIGIN, "content-type": "application/json" },
      payload: {
        key,
        hostOrigin: AGENCY_ORIGIN,
        consent: true,
        summary: {
          name: "Ana Lima",
          contact: "ana@example.com",
          planHeadline: "Thank-you email today",
        },
      },
    });

  const deliveryOf = async (database: DatabaseHandle) => {
    const [row] = await database.db.select().from(webhookDeliveries);
    return row;
  };

  it("a delivery waiting for its retry is made by the next server after a restart", async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.close());
    receiver.answer(503);
    const { agency, secret, start } = await world(receiver);

    const first = await start();
    expect((await shareFrom(first.app, agency.publishableKey)).statusCode).toBe(200);
    await expect.poll(async () => (await deliveryOf(first.database))?.attempts, WAIT).toBe(1);
    expect(await deliveryOf(first.database)).toMatchObject({
      status: "pending",
      lastStatusCode: 503,
    });
    await first.stop();

    // The receiver recovers while the server is down; the new server finds the retry in the outbox.
    receiver.answer(204);
    const second = await start();
    await expect
      .poll(async () => (await deliveryOf(second.database))?.status, WAIT)
      .toBe("delivered");
    expect(await deliveryOf(second.database)).toMatchObject({ attempts: 2, lastStatusCode: 204 });
    expect(receiver.received).toHaveLength(2);
    const [before, after] = receiver.received;
    expect(after?.headers["webhook-id"]).toBe(before?.headers["webhook-id"]);
    expect(verified(secret, after!)).toMatchObject({ type: "share.created" });
  });

  it("an attempt cut short by a shutdown is not counted, and is made again after the restart", async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.close());
    receiver.answer(null);
    const { agency, secret, start, stored } = await world(receiver);

    const first = await start();
    await shareFrom(first.app, agency.publishableKey);
    await expect.poll(() => receiver.received.length, WAIT).toBe(1);
    await first.stop();
    // Given back, not failed: no attempt counted, no claim left to wait out.
    expect(await stored()).toMatchObject({ status: "pending", attempts: 0, claimedUntil: null });

    receiver.answer(204);
    const second = await start();
    await expect
      .poll(async () => (await deliveryOf(second.database))?.status, WAIT)
      .toBe("delivered");
    expect(await deliveryOf(second.database)).toMatchObject({ attempts: 1 });
    expect(verified(secret, receiver.received.at(-1)!)).toMatchObject({ type: "share.created" });
  });
});
