import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { webhookDeliveries, webhookEndpoints } from "../../src/db/schema.js";
import type { CreatedAgency } from "../../src/store/agencies.js";
import { DATABASE_TARGETS, type DatabaseTarget } from "../support/databases.js";
import { AGENCY_ORIGIN, startTestApp, type TestApp } from "../support/test-app.js";
import {
  deadEndpointUrl,
  startWebhookReceiver,
  verified,
  type WebhookReceiver,
} from "../support/webhook-receiver.js";

/** Deliveries watched at the speed of a test: polls every 20 ms, retries after 50, 100… ms. */
const FAST = {
  retryBaseMs: 50,
  retryMaxMs: 400,
  maxAttempts: 3,
  pollMs: 20,
  timeoutMs: 2000,
  allowLoopback: true,
};
/** Retries at the same pace but never gives up during a test, so a delivery is still waiting. */
const PATIENT = { ...FAST, maxAttempts: 1_000_000 };
const WAIT = { timeout: 15_000, interval: 20 };

const SUMMARY = {
  name: "Ana Lima",
  contact: "ana.lima@example.com",
  role: "Data analyst",
  planHeadline: "Thank-you email today, a short call on Thursday",
};

interface DeliveryView {
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
}

/**
 * One app with its own database and dispatcher: tests of one config share it, and no other
 * dispatcher can claim their deliveries.
 */
function useWebhookApp(target: DatabaseTarget, config: typeof FAST) {
  let database: DatabaseHandle;
  let test: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    database = await target.open();
    test = await startTestApp(database, { webhooks: config });
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await test.app.close();
    await receiver.close();
    await database.close();
  });
  const agencyApi = (
    method: "GET" | "PUT" | "POST" | "DELETE",
    path: string,
    payload?: unknown,
    agency: { bearer: { authorization: string } } = test,
  ) =>
    test.app.inject({
      method,
      url: `/api/v1${path}`,
      headers: {
        ...agency.bearer,
        ...(payload === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  const share = (agency: CreatedAgency = test.agency) =>
    test.app.inject({
      method: "POST",
      url: "/api/v1/widget/share",
      headers: { origin: AGENCY_ORIGIN, "content-type": "application/json" },
      payload: {
        key: agency.agency.publishableKey,
        hostOrigin: AGENCY_ORIGIN,
        consent: true,
        summary: SUMMARY,
      },
    });

  const deliveries = async (agency: { bearer: { authorization: string } } = test) =>
    (await agencyApi("GET", "/agency/webhook/deliveries", undefined, agency)).json<{
      items: DeliveryView[];
    }>().items;

  /** A second agency of this app, on its own endpoint, so tests do not share a delivery log. */
  async function anotherAgency(url: string) {
    const { createAgency } = await import("../../src/store/agencies.js");
    const created = await createAgency(database.db, {
      name: "Quay Careers",
      origins: [AGENCY_ORIGIN],
    });
    const agency = { agency: created, bearer: { authorization: `Bearer ${created.secretKey}` } };
    const set = await agencyApi("PUT", "/agency/webhook", { url }, agency);
    return { ...agency, secret: set.json<{ secret: string }>().secret };
  }

  return {
    agencyApi,
    share,
    deliveries,
    anotherAgency,
    get database() {
      return database;
    },
    get receiver() {
      return receiver;
    },
  };
}

describe.each(DATABASE_TARGETS)("signed webhooks on $name", (target) => {
  describe("with a dispatcher that gives up after three attempts", () => {
    const app = useWebhookApp(target, FAST);
    const { agencyApi, share, deliveries, anotherAgency } = app;

    it("sends a consented share, signed with the secret shown once, and nothing but the share", async () => {
      const set = await agencyApi("PUT", "/agency/webhook", { url: app.receiver.url });
      expect(set.statusCode).toBe(200);
      const { secret, endpoint } = set.json<{ secret: string; endpoint: { url: string } }>();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
      expect(endpoint.url).toBe(app.receiver.url);
      // Saving the URL again keeps the secret, and never shows it again.
      const again = await agencyApi("PUT", "/agency/webhook", { url: app.receiver.url });
      expect(again.json()).toMatchObject({ secret: null });
      expect(JSON.stringify((await agencyApi("GET", "/agency/webhook")).json())).not.toContain(
        "whsec_",
      );

      // At rest the secret is sealed, not stored as typed.
      const [row] = await app.database.db.select().from(webhookEndpoints);
      expect(row?.sealedSecret).toMatch(/^v1\./);
      expect(JSON.stringify(row)).not.toContain(secret.slice(6));

      const shared = await share();
      const { id } = shared.json<{ id: string }>();
      await expect.poll(() => app.receiver.received.length, WAIT).toBe(1);
      const [request] = app.receiver.received;
      if (!request) throw new Error("nothing received");
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.headers["webhook-id"]).toMatch(/^msg_/);
      const event = verified(secret, request) as { type: string; data: Record<string, unknown> };
      expect(event).toEqual({
        type: "share.created",
        timestamp: expect.any(String) as unknown,
        data: { id, sharedAt: expect.any(String) as unknown, ...SUMMARY },
      });
      // A wrong secret, or a body changed on the way, does not verify.
      expect(() => verified("whsec_" + Buffer.alloc(24, 1).toString("base64"), request)).toThrow();
      expect(() =>
        verified(secret, { ...request, body: request.body.replace("Ana", "Eve") }),
      ).toThrow();

      await expect
        .poll(async () => (await deliveries())[0], WAIT)
        .toMatchObject({
          eventType: "share.created",
          status: "delivered",
          attempts: 1,
          lastStatusCode: 204,
        });
    });

    it("retries a failing receiver with growing waits, then marks the delivery failed", async () => {
      const failing = await startWebhookReceiver();
      failing.answer(503);
      const agency = await anotherAgency(failing.url);
      try {
        const test_ = await agencyApi("POST", "/agency/webhook/test", {}, agency);
        expect(test_.statusCode).toBe(200);
        await expect.poll(async () => (await deliveries(agency))[0]?.status, WAIT).toBe("failed");
        expect((await deliveries(agency))[0]).toMatchObject({
          eventType: "webhook.test",
          attempts: FAST.maxAttempts,
          lastStatusCode: 503,
          lastError: "The endpoint answered 503.",
        });
        // Three attempts, the same message each time, each wait at least twice the one before.
        const times = failing.received.map((request) => request.at);
        expect(times).toHaveLength(FAST.maxAttempts);
        expect(new Set(failing.received.map((r) => r.headers["webhook-id"])).size).toBe(1);
        expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(FAST.retryBaseMs);
        expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(FAST.retryBaseMs * 2);
        for (const request of failing.received)
          expect(verified(agency.secret, request)).toMatchObject({ type: "webhook.test" });
      } finally {
        await failing.close();
      }
    });

    it("marks a delivery to a dead endpoint failed after its retries, saying why", async () => {
      const agency = await anotherAgency(await deadEndpointUrl());
      await agencyApi("POST", "/agency/webhook/test", {}, agency);
      await expect.poll(async () => (await deliveries(agency))[0]?.status, WAIT).toBe("failed");
      expect((await deliveries(agency))[0]).toMatchObject({
        attempts: FAST.maxAttempts,
        lastStatusCode: null,
        lastError: "Could not reach the endpoint (ECONNREFUSED).",
      });
    });

    it("signs with both secrets during a roll's overlap, then with the new one only", async () => {
      const rolling = await startWebhookReceiver();
      const agency = await anotherAgency(rolling.url);
      try {
        const overlap = await agencyApi(
          "POST",
          "/agency/webhook/secret/roll",
          { overlapHours: 24 },
          agency,
        );
        const { secret: second, endpoint } = overlap.json<{
          secret: string;
          endpoint: { previousSecretExpiresAt: string };
        }>();
        expect(second).not.toBe(agency.secret);
        expect(endpoint.previousSecretExpiresAt).not.toBeNull();
        await agencyApi("POST", "/agency/webhook/test", {}, agency);
        await expect.poll(() => rolling.received.length, WAIT).toBe(1);
        // A receiver still on the old secret keeps verifying; one already moved verifies too.
        expect(verified(agency.secret, rolling.received[0]!)).toMatchObject({
          type: "webhook.test",
        });
        expect(verified(second, rolling.received[0]!)).toMatchObject({ type: "webhook.test" });

        const now = await agencyApi(
          "POST",
          "/agency/webhook/secret/roll",
          { overlapHours: 0 },
          agency,
        );
        const third = now.json<{ secret: string }>().secret;
        await agencyApi("POST", "/agency/webhook/test", {}, agency);
        await expect.poll(() => rolling.received.length, WAIT).toBe(2);
        expect(verified(third, rolling.received[1]!)).toMatchObject({ type: "webhook.test" });
        expect(() => verified(second, rolling.received[1]!)).toThrow();
        expect(() => verified(agency.secret, rolling.received[1]!)).toThrow();
      } finally {
        await rolling.close();
      }
    });
  });

  // Cancelling what waits must not race the retries: this dispatcher never gives up on its own.
  describe("with a dispatcher that keeps retrying", () => {
    const app = useWebhookApp(target, PATIENT);
    const { agencyApi, share, deliveries, anotherAgency } = app;

    it("a deleted share leaves no copy in the outbox, and the agency hears share.deleted", async () => {
      const slow = await startWebhookReceiver();
      // The share's own event never gets through; its deletion does, whenever each is tried.
      slow.answer((body) => (body.includes('"share.deleted"') ? 204 : 503));
      const agency = await anotherAgency(slow.url);
      try {
        const { id } = (await share(agency.agency)).json<{ id: string }>();
        await expect.poll(() => slow.received.length, WAIT).toBeGreaterThan(0);
        const deleted = await agencyApi("DELETE", `/agency/shares?id=${id}`, undefined, agency);
        expect(deleted.statusCode).toBe(200);
        await expect
          .poll(
            async () => (await deliveries(agency)).map((d) => `${d.eventType} ${d.status}`),
            WAIT,
          )
          .toEqual(["share.deleted delivered", "share.created failed"]);
        expect((await deliveries(agency))[1]?.lastError).toBe(
          "Not sent: the share was deleted first.",
        );
        const last = slow.received.at(-1)!;
        expect(verified(agency.secret, last)).toEqual({
          type: "share.deleted",
          timestamp: expect.any(String) as unknown,
          data: { id },
        });
        const stored = await app.database.db
          .select({ payload: webhookDeliveries.payload })
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.shareId, id));
        expect(JSON.stringify(stored)).not.toContain(SUMMARY.contact);
        // Deleting it again, or another agency's share, is a 404.
        expect(
          (await agencyApi("DELETE", `/agency/shares?id=${id}`, undefined, agency)).statusCode,
        ).toBe(404);
      } finally {
        await slow.close();
      }
    });

    it("removing the endpoint cancels what was waiting for it", async () => {
      const failing = await startWebhookReceiver();
      failing.answer(500);
      const agency = await anotherAgency(failing.url);
      try {
        await agencyApi("POST", "/agency/webhook/test", {}, agency);
        await expect.poll(() => failing.received.length, WAIT).toBeGreaterThan(0);
        expect((await agencyApi("DELETE", "/agency/webhook", undefined, agency)).json()).toEqual({
          removed: true,
        });
        expect((await deliveries(agency))[0]).toMatchObject({
          status: "failed",
          lastError: "Not sent: the endpoint was removed.",
        });
        expect((await agencyApi("GET", "/agency/webhook", undefined, agency)).json()).toBeNull();
        expect((await agencyApi("POST", "/agency/webhook/test", {}, agency)).statusCode).toBe(404);
      } finally {
        await failing.close();
      }
    });
  });
});
