import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies, savedDebriefs, shares } from "../../src/db/schema.js";
import { sha256 } from "../../src/security/secrets.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput } from "../support/debrief.js";
import { AGENCY_ORIGIN, testConfig, useTestApp } from "../support/test-app.js";

const admin = { authorization: `Bearer ${testConfig().adminToken}` };
const json = { "content-type": "application/json" };

describe.each(DATABASE_TARGETS)("agency names and stored records on $name", (target) => {
  const test = useTestApp(target);

  const createAgency = (name: string) =>
    test.app.inject({
      method: "POST",
      url: "/api/trpc/admin.createAgency",
      headers: { ...admin, ...json },
      payload: { name, origins: [AGENCY_ORIGIN] },
    });
  const agencyCount = async () => (await test.database.db.select().from(agencies)).length;

  it("takes an agency name of up to 80 characters, the widget title's limit, and refuses 81 before storing anything", async () => {
    const before = await agencyCount();
    const tooLong = await createAgency("A".repeat(81));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain("The agency name is too long: keep it under 80 characters.");
    expect(await agencyCount()).toBe(before);

    const longest = await createAgency("B".repeat(80));
    expect(longest.statusCode).toBe(200);
    const { agency, secretKey } = longest.json<{
      result: { data: { agency: { copy: { title: string } }; secretKey: string } };
    }>().result.data;
    expect(agency.copy.title).toBe("B".repeat(80));
    expect(secretKey).toMatch(/^sk_/);
  });

  it("reads an agency stored under older rules (a 120-character name, a title with a direction override) without failing", async () => {
    const name =
      "Northwind Talent Partners — Executive Search, Interim Management and Career Transition Services Ltd";
    expect(name.length).toBeGreaterThan(80);
    await test.database.db
      .update(agencies)
      .set({ name, copy: { title: name, intro: "Welcome\u202e back", ctaLabel: "Book" } })
      .where(eq(agencies.id, test.agency.agency.id));

    const own = await test.app.inject({ url: "/api/v1/agency", headers: test.bearer });
    expect(own.statusCode, own.body).toBe(200);
    const copy = own.json<{ name: string; copy: { title: string; intro: string } }>().copy;
    expect(copy.title).toBe(name.slice(0, 80).trim());
    expect(copy.intro).toBe("");

    const query = new URLSearchParams({
      key: test.agency.agency.publishableKey,
      hostOrigin: AGENCY_ORIGIN,
    });
    const config = await test.app.inject({
      url: `/api/v1/widget/config?${query.toString()}`,
      headers: { origin: AGENCY_ORIGIN },
    });
    expect(config.statusCode, config.body).toBe(200);
    expect(config.json()).toMatchObject({ agencyName: name, copy: { title: copy.title } });
  });

  it("reads shares and saved debriefs stored before direction overrides were refused", async () => {
    const { db } = test.database;
    await db.insert(shares).values({
      id: "11111111-1111-4111-8111-111111111111",
      agencyId: test.agency.agency.id,
      summary: { name: "Sam \u202eLee", contact: "sam@example.com", planHeadline: "Say thanks" },
    });
    const listed = await test.app.inject({ url: "/api/v1/agency/shares", headers: test.bearer });
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json<{ items: unknown[] }>().items).toContainEqual(
      expect.objectContaining({ summary: expect.objectContaining({ name: "Sam Lee" }) }),
    );

    const id = "22222222-2222-4222-8222-222222222222";
    const resumeToken = "r".repeat(43);
    const stored = debriefInput({ organisation: { name: "Northwind\u2066 Analytics" } });
    await db.insert(savedDebriefs).values({ id, tokenHash: sha256(resumeToken), debrief: stored });
    const read = await test.app.inject({
      method: "POST",
      url: "/api/v1/debriefs/get",
      headers: json,
      payload: { id, resumeToken },
    });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      debrief: { organisation: { name: "Northwind Analytics" } },
    });
  });
});
