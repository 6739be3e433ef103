import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { idempotencyKeys, savedDebriefs, shares } from "../../src/db/schema.js";
import { IDEMPOTENCY_TTL_MS } from "../../src/store/idempotency-keys.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput, TEST_NOW } from "../support/debrief.js";
import { AGENCY_ORIGIN, useTestApp } from "../support/test-app.js";

describe.each(DATABASE_TARGETS)("Idempotency-Key on $name", (target) => {
  const test = useTestApp(target);
  const savedCount = async () =>
    (await test.database.db.select({ n: count() }).from(savedDebriefs))[0]!.n;

  function save(key: string | undefined, payload: unknown, headers: Record<string, string> = {}) {
    return test.app.inject({
      method: "POST",
      url: "/api/v1/debriefs",
      headers: { ...headers, ...(key === undefined ? {} : { "idempotency-key": key }) },
      payload: payload as Record<string, unknown>,
    });
  }

  it("a retried save with the same key and body answers the first answer and saves once", async () => {
    const before = await savedCount();
    const key = randomUUID();
    const payload = { debrief: debriefInput() };
    const first = await save(key, payload);
    const retry = await save(key, payload);
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.body).toBe(first.body); // the same id and resume token
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(first.headers["idempotent-replayed"]).toBeUndefined();
    expect(await savedCount()).toBe(before + 1);

    // Without a key, each call is its own save.
    await save(undefined, payload);
    await save(undefined, payload);
    expect(await savedCount()).toBe(before + 3);
  });

  it("the same key with another body answers 422 and saves nothing", async () => {
    const key = randomUUID();
    await save(key, { debrief: debriefInput() });
    const before = await savedCount();
    const other = await save(key, { debrief: debriefInput({ organisation: { name: "Contoso" } }) });
    expect(other.statusCode).toBe(422);
    expect(await savedCount()).toBe(before);
  });

  it("concurrent duplicates: exactly one save, every answer is its answer or a 409 to retry", async () => {
    const before = await savedCount();
    const key = randomUUID();
    const payload = { debrief: debriefInput() };
    const answers = await Promise.all(Array.from({ length: 6 }, () => save(key, payload)));
    expect(await savedCount()).toBe(before + 1);
    const successes = answers.filter((answer) => answer.statusCode === 200);
    expect(successes.length).toBeGreaterThanOrEqual(1);
    expect(new Set(successes.map((answer) => answer.body)).size).toBe(1);
    for (const answer of answers.filter((a) => a.statusCode !== 200)) {
      expect(answer.statusCode).toBe(409);
      expect(answer.headers["retry-after"]).toBe("1");
    }
    // Once the first is done, a retry gets its answer.
    expect((await save(key, payload)).body).toBe(successes[0]!.body);
  });

  it("keys are per caller: an agency's key and an anonymous caller's same key do not meet", async () => {
    const key = randomUUID();
    const payload = { debrief: debriefInput() };
    const anonymous = await save(key, payload);
    const agency = await save(key, payload, test.bearer);
    expect(agency.statusCode).toBe(200);
    expect(agency.body).not.toBe(anonymous.body);
    expect(agency.headers["idempotent-replayed"]).toBeUndefined();
  });

  it("a failed request keeps nothing: the key can be retried once the input is fixed", async () => {
    const key = randomUUID();
    const bad = await save(key, { debrief: debriefInput({ interview: { endedAt: "soon" } }) });
    expect(bad.statusCode).toBe(400);
    const fixed = await save(key, { debrief: debriefInput() });
    expect(fixed.statusCode).toBe(200);
  });

  it("after 24 hours a key is forgotten; stored answers are sealed, keys hashed", async () => {
    const key = randomUUID();
    const payload = { debrief: debriefInput() };
    const first = await save(key, payload);
    const { resumeToken } = first.json<{ resumeToken: string }>();
    const rows = await test.database.db.select().from(idempotencyKeys);
    expect(JSON.stringify(rows)).not.toContain(resumeToken);
    expect(JSON.stringify(rows)).not.toContain(key);

    // Age every key past the window: the same key now makes a new save.
    await test.database.db
      .update(idempotencyKeys)
      .set({ createdAt: new Date(TEST_NOW.getTime() - IDEMPOTENCY_TTL_MS - 1000) });
    const later = await save(key, payload);
    expect(later.statusCode).toBe(200);
    expect(later.body).not.toBe(first.body);
    expect(later.headers["idempotent-replayed"]).toBeUndefined();
  });

  it("shares and widget events honour it too; other POSTs ignore it; a malformed key is a 400", async () => {
    const key = randomUUID();
    const share = {
      key: test.agency.agency.publishableKey,
      hostOrigin: AGENCY_ORIGIN,
      consent: true,
      summary: { name: "Sam", contact: "sam@example.com", planHeadline: "Thank-you email first" },
    };
    const send = () =>
      test.app.inject({
        method: "POST",
        url: "/api/v1/widget/share",
        headers: { "idempotency-key": key, origin: AGENCY_ORIGIN },
        payload: share,
      });
    const first = await send();
    expect((await send()).body).toBe(first.body);
    const agencyShares = await test.database.db
      .select({ n: count() })
      .from(shares)
      .where(eq(shares.agencyId, test.agency.agency.id));
    expect(agencyShares[0]!.n).toBe(1);

    const malformed = await save("has spaces in it", { debrief: debriefInput() });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { issues: [{ path: "Idempotency-Key" }] } });
  });
});
