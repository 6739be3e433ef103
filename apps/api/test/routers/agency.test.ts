import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../../src/context.js";
import type { DatabaseHandle } from "../../src/db/create-database.js";
import { agencies } from "../../src/db/schema.js";
import { agencyIdForSession } from "../../src/store/sessions.js";
import { createAgency, type CreatedAgency } from "../../src/store/agencies.js";
import { asAgency, callerFor } from "../support/caller.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { debriefInput, TEST_NOW } from "../support/debrief.js";
import { withWrongSecret } from "../support/tokens.js";

const HOST = "https://careers.acme.example";
const summary = {
  name: "Sam Lee",
  contact: "sam@example.com",
  role: "Data analyst",
  planHeadline: "Thank-you email today",
};

describe.each(DATABASE_TARGETS)("tenants on $name", (target) => {
  let database: DatabaseHandle;
  let acme: CreatedAgency;
  let other: CreatedAgency;
  beforeAll(async () => {
    database = await target.open();
    acme = await createAgency(database.db, { name: "Acme Talent", origins: [HOST] });
    other = await createAgency(database.db, {
      name: "Other Recruiting",
      origins: ["https://other.example"],
    });
  });
  afterAll(() => database.close());

  const asAcme = () => callerFor(database.db, { auth: asAgency(acme.agency.id) }).caller;
  const widget = (requestOrigin: string | null = HOST) =>
    callerFor(database.db, { requestOrigin }).caller;

  it("stores the secret key only as an scrypt hash", async () => {
    const rows = await database.db.select().from(agencies);
    const serialised = JSON.stringify(rows);
    expect(serialised).not.toContain(acme.secretKey);
    expect(rows.every((row) => row.secretKeyHash.startsWith("scrypt$"))).toBe(true);
  });

  it("lets a tenant read and change its origins, theme, copy and modes", async () => {
    const updated = await asAcme().agency.update({
      origins: [HOST, "http://localhost:5173"],
      theme: { colorPrimary: "#123456", fontFamily: "Georgia" },
      copy: {
        title: "Bounce back with Acme",
        ctaLabel: "Talk to us",
        ctaUrl: "https://acme.example/book",
      },
      modes: ["popup"],
    });
    expect(updated.origins).toEqual([HOST, "http://localhost:5173"]);
    expect(updated.theme).toMatchObject({
      colorPrimary: "#123456",
      fontFamily: "Georgia",
      borderRadius: 8,
    });
    expect(updated.modes).toEqual(["popup"]);
    expect(await asAcme().agency.get()).toEqual(updated);
    expect(JSON.stringify(updated)).not.toContain("scrypt");
  });

  it("refuses CSS smuggled into a theme, naming the field", async () => {
    await expect(
      asAcme().agency.update({ theme: { colorText: "red;}body{display:none" } }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("theme.colorText") as unknown,
    });
  });

  it("needs a key or a session for agency procedures", async () => {
    await expect(callerFor(database.db).caller.agency.get()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const invalid = callerFor(database.db, { auth: { ...ANONYMOUS, invalidKey: true } }).caller;
    await expect(invalid.agency.shares({})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "That API key is not valid.",
    });
  });

  it("serves the widget config only to the agency's own origins", async () => {
    const config = await widget().widget.config({
      key: acme.agency.publishableKey,
      hostOrigin: HOST,
    });
    expect(config.agencyName).toBe("Acme Talent");
    expect(JSON.stringify(config)).not.toContain(acme.agency.publishableKey);

    await expect(
      widget("https://evil.example").widget.config({
        key: acme.agency.publishableKey,
        hostOrigin: "https://evil.example",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The frame claims an allowed host, but the browser says the call came from elsewhere.
    await expect(
      widget("https://evil.example").widget.config({
        key: acme.agency.publishableKey,
        hostOrigin: HOST,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      widget().widget.config({ key: "pk_doesnotexist000000", hostOrigin: HOST }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("records a consented share for its agency only, and counts it", async () => {
    const withoutConsent = {
      key: acme.agency.publishableKey,
      hostOrigin: HOST,
      consent: false,
      summary,
    } as const;
    // @ts-expect-error consent must be the literal true: the type says so, and so does the server.
    await expect(widget().widget.share(withoutConsent)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    const { id } = await widget().widget.share({
      key: acme.agency.publishableKey,
      hostOrigin: HOST,
      consent: true,
      summary,
    });
    const shares = await asAcme().agency.shares({});
    expect(shares.items.map((share) => share.id)).toContain(id);
    expect(shares.items.find((share) => share.id === id)?.summary).toEqual(summary);
    const othersShares = await callerFor(database.db, {
      auth: asAgency(other.agency.id),
    }).caller.agency.shares({});
    expect(othersShares).toEqual({ items: [], nextCursor: null });
  });

  it("counts plans, copied drafts and shares per day, with no personal data", async () => {
    const access = { key: acme.agency.publishableKey, hostOrigin: HOST };
    await widget().widget.event({ ...access, event: "draftCopied" });
    await widget().widget.event({ ...access, event: "planGenerated" });
    await asAcme().plan.build({ debrief: debriefInput() }); // a secret-key API call counts too

    const usage = await asAcme().agency.usage({ days: 7 });
    expect(usage).toEqual([
      { day: TEST_NOW.toISOString().slice(0, 10), plansBuilt: 2, draftsCopied: 1, shares: 1 },
    ]);
  });

  it("signs the dashboard in with the secret key, into an HttpOnly SameSite cookie", async () => {
    const { caller, cookies } = callerFor(database.db);
    await expect(caller.dashboard.signIn({ secretKey: acme.secretKey })).resolves.toEqual({
      agencyName: "Acme Talent",
    });
    const cookie = cookies[0] ?? "";
    expect(cookie).toMatch(
      /^rebound_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\//,
    );
    const token = /^rebound_session=([^;]+)/.exec(cookie)?.[1] ?? "";
    expect(await agencyIdForSession(database.db, token, TEST_NOW)).toBe(acme.agency.id);

    const signedIn = callerFor(database.db, {
      auth: { agencyId: acme.agency.id, via: "session", invalidKey: false },
      sessionToken: token,
    });
    await signedIn.caller.dashboard.signOut();
    expect(signedIn.cookies[0]).toContain("Max-Age=0");
    expect(await agencyIdForSession(database.db, token, TEST_NOW)).toBeNull();

    await expect(
      caller.dashboard.signIn({ secretKey: withWrongSecret(other.secretKey) }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("lets only the operator create agencies remotely", async () => {
    const input = { name: "Remote Co", origins: ["https://remote.example"] };
    await expect(asAcme().admin.createAgency(input)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const admin = callerFor(database.db, {
      auth: { agencyId: null, via: "admin", invalidKey: false },
    }).caller;
    const created = await admin.admin.createAgency(input);
    expect(created.secretKey).toMatch(/^sk_/);
    expect(created.agency.origins).toEqual(["https://remote.example"]);
  });
});
