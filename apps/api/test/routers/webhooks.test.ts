import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { createAgency, type CreatedAgency } from "../../src/store/agencies.js";
import { asAgency, callerFor } from "../support/caller.js";
import { DATABASE_TARGETS } from "../support/databases.js";

describe.each(DATABASE_TARGETS)("webhook endpoint settings on $name", (target) => {
  let database: DatabaseHandle;
  let acme: CreatedAgency;
  beforeAll(async () => {
    database = await target.open();
    acme = await createAgency(database.db, { name: "Acme Talent", origins: [] });
  });
  afterAll(() => database.close());

  const as = (allowLoopback: boolean) =>
    callerFor(database.db, { auth: asAgency(acme.agency.id), allowLoopback }).caller;

  it("refuses plain http, credentials in the URL and a non-URL, naming the field", async () => {
    for (const url of ["http://ats.example.com/hooks", "https://u:p@ats.example.com/", "ats"]) {
      await expect(as(true).webhooks.set({ url })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("url") as unknown,
      });
    }
  });

  it("takes a local endpoint for testing only where the server allows it", async () => {
    await expect(
      as(false).webhooks.set({ url: "http://127.0.0.1:4000/hooks" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "url: this server does not deliver to localhost or 127.0.0.1; use an https:// address.",
    });
    const saved = await as(true).webhooks.set({ url: "http://localhost:4000/hooks" });
    expect(saved.secret).toMatch(/^whsec_/);
    expect(await as(true).webhooks.get()).toMatchObject({ url: "http://localhost:4000/hooks" });
  });

  it("has nothing to roll or test before an endpoint exists", async () => {
    const other = await createAgency(database.db, { name: "Quay Careers", origins: [] });
    const caller = callerFor(database.db, { auth: asAgency(other.agency.id) }).caller;
    expect(await caller.webhooks.get()).toBeNull();
    await expect(caller.webhooks.rollSecret({ overlapHours: 0 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.webhooks.sendTest()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await caller.webhooks.deliveries()).toEqual({ items: [], nextCursor: null });
  });
});
