import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { webhookDeliveries } from "../../src/db/schema.js";
import { createAgency } from "../../src/store/agencies.js";
import { deleteShare, recordShare } from "../../src/store/shares.js";
import { saveWebhookEndpoint } from "../../src/store/webhook-endpoints.js";
import { claimDueDeliveries, recordAttempt } from "../../src/store/webhook-outbox.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { TEST_SECRETS_KEY } from "../support/secrets.js";

const SUMMARY = { name: "Ana Lima", contact: "ana.lima@example.com", planHeadline: "Say thanks" };

describe.each(DATABASE_TARGETS)("the webhook outbox on $name", (target) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await target.open();
  });
  afterAll(async () => {
    await database.close();
  });

  it("a failed attempt that was in flight when its share was deleted leaves the cancellation as it is", async () => {
    const { db } = database;
    const { agency } = await createAgency(db, {
      name: "Quay Careers",
      origins: ["https://quay.example"],
    });
    const now = new Date();
    await saveWebhookEndpoint(db, agency.id, "https://hooks.quay.example/rebound", {
      secretsKey: Buffer.from(TEST_SECRETS_KEY, "base64"),
      now,
    });
    const shareId = await recordShare(db, agency.id, SUMMARY, now);
    // The dispatcher takes the delivery and posts it; meanwhile the agency deletes the share.
    const [claimed] = await claimDueDeliveries(db, 10, 60_000);
    expect(claimed?.shareId).toBe(shareId);
    expect(await deleteShare(db, agency.id, shareId, now)).toBe(true);
    // Then the receiver's 503 comes back, with a retry that must not happen.
    await recordAttempt(db, claimed!.id, {
      kind: "failed",
      statusCode: 503,
      error: "The endpoint answered 503.",
      retryInMs: 50,
    });
    const [row] = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, claimed!.id));
    expect(row).toMatchObject({
      status: "failed",
      lastError: "Not sent: the share was deleted first.",
      payload: null,
    });
  });
});
