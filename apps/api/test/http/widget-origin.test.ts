import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies, shares } from "../../src/db/schema.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { AGENCY_ORIGIN, OTHER_ORIGIN, testConfig, useTestApp } from "../support/test-app.js";

/** Where the server runs in these requests: the widget frame lives on this origin. */
const OWN_HOST = "rebound.example";
const OWN_ORIGIN = `http://${OWN_HOST}`;
const summary = { name: "Sam Lee", contact: "sam@example.com", planHeadline: "Say thanks" };

describe.each(DATABASE_TARGETS)("widget calls and origins on $name", (target) => {
  const test = useTestApp(target);

  const post = (path: string, origin: string | undefined, body: Record<string, unknown>) =>
    test.app.inject({
      method: "POST",
      url: `/api/v1/widget/${path}`,
      headers: {
        host: OWN_HOST,
        "content-type": "application/json",
        ...(origin === undefined ? {} : { origin }),
      },
      payload: { key: test.agency.agency.publishableKey, ...body },
    });
  const share = (origin: string | undefined, hostOrigin?: string) =>
    post("share", origin, { consent: true, summary, ...(hostOrigin ? { hostOrigin } : {}) });
  const event = (origin: string | undefined, hostOrigin?: string) =>
    post("event", origin, { event: "planGenerated", ...(hostOrigin ? { hostOrigin } : {}) });
  const stored = async () =>
    (await test.database.db.select().from(shares).where(eq(shares.agencyId, test.agency.agency.id)))
      .length;

  it("refuses shares and events without an Origin header (a script, not a page), whatever the body claims", async () => {
    const before = await stored();
    const refused = await share(undefined, AGENCY_ORIGIN);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain("no Origin header");
    expect((await event(undefined, AGENCY_ORIGIN)).statusCode).toBe(403);
    expect(await stored()).toBe(before);
  });

  it("takes the host page from the Origin header when the page calls, and refuses other sites", async () => {
    expect((await share(AGENCY_ORIGIN)).statusCode).toBe(200);
    expect((await event(AGENCY_ORIGIN)).statusCode).toBe(200);
    // Another site naming the agency's page in the body is still another site.
    expect((await share(OTHER_ORIGIN, AGENCY_ORIGIN)).statusCode).toBe(403);
    expect((await share(OTHER_ORIGIN)).statusCode).toBe(403);
  });

  it("takes the host page from the frame when our own widget frame calls (the browser framed it only there)", async () => {
    expect((await share(OWN_ORIGIN, AGENCY_ORIGIN)).statusCode).toBe(200);
    expect((await share(OWN_ORIGIN, OTHER_ORIGIN)).statusCode).toBe(403);
    const unnamed = await share(OWN_ORIGIN);
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.body).toContain("hostOrigin");
  });

  it("refuses wildcard origins with a clear message, and never sends one in frame-ancestors", async () => {
    for (const origins of [["https://*"], ["https://*.acme.example"], ["*"]]) {
      const response = await test.app.inject({
        method: "PATCH",
        url: "/api/v1/agency",
        headers: { ...test.bearer, "content-type": "application/json" },
        payload: { origins },
      });
      expect(response.statusCode, origins[0]).toBe(400);
      expect(response.body, origins[0]).toContain("Wildcards are not allowed");
    }
    const created = await test.app.inject({
      method: "POST",
      url: "/api/trpc/admin.createAgency",
      headers: {
        authorization: `Bearer ${testConfig().adminToken}`,
        "content-type": "application/json",
      },
      payload: { name: "Wild Talent", origins: ["https://*.wild.example"] },
    });
    expect(created.statusCode).toBe(400);

    // An agency stored with a wildcard under the old rule: the page is framed by its exact
    // origins only.
    await test.database.db
      .update(agencies)
      .set({ origins: ["https://*", AGENCY_ORIGIN, "https://*.acme.example"] })
      .where(eq(agencies.id, test.agency.agency.id));
    const page = await test.app.inject({ url: `/embed?key=${test.agency.agency.publishableKey}` });
    const policy = String(page.headers["content-security-policy"]);
    expect(policy).toContain(`frame-ancestors ${AGENCY_ORIGIN}`);
    expect(policy).not.toContain("*");
    await test.database.db
      .update(agencies)
      .set({ origins: [AGENCY_ORIGIN] })
      .where(eq(agencies.id, test.agency.agency.id));
  });
});
