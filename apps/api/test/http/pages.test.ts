import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCS_CSP } from "../../src/http/docs-page.js";
import { createDatabase, type DatabaseHandle } from "../../src/db/create-database.js";
import { buildServer } from "../../src/server.js";
import { DATABASE_TARGETS } from "../support/databases.js";
import { AGENCY_ORIGIN, useTestApp, testConfig } from "../support/test-app.js";

describe.each(DATABASE_TARGETS)("pages and assets on $name", (target) => {
  const test = useTestApp(target);

  it("serves the web app, with a fallback to index.html for client routes", async () => {
    for (const url of ["/", "/journal", "/dashboard/shares"]) {
      const page = await test.app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).toContain("Rebound (test build)");
      // Ordinary pages may not be framed by anyone.
      expect(page.headers["x-frame-options"]).toBe("DENY");
      expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      // `start` serves plain http on loopback: nothing may be upgraded to https there.
      expect(page.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    }
  });

  it("serves the service worker and the manifest fresh, and hashed bundles for a year", async () => {
    const worker = await test.app.inject({ url: "/sw.js" });
    expect(worker.statusCode).toBe(200);
    expect(worker.headers["content-type"]).toContain("javascript");
    // A cached sw.js would hide every new version from the people who installed the app.
    expect(worker.headers["cache-control"]).toBe("no-cache");

    // The build precompresses it (tooling/precompress): the .br copy is just as fresh.
    const compressed = await test.app.inject({
      url: "/sw.js",
      headers: { "accept-encoding": "br" },
    });
    expect(compressed.headers["content-encoding"]).toBe("br");
    expect(compressed.headers["cache-control"]).toBe("no-cache");

    const manifest = await test.app.inject({ url: "/manifest.webmanifest" });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers["content-type"]).toContain("application/manifest+json");
    expect(manifest.headers["cache-control"]).toBe("no-cache");

    const bundle = await test.app.inject({ url: "/assets/index-AbC123.js" });
    expect(bundle.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

    for (const url of ["/", "/plan", "/index.html"]) {
      const page = await test.app.inject({ url });
      expect(page.headers["cache-control"], url).toBe("no-cache");
    }
    // Each agency's frame policy is its own: the /embed page is never stored.
    expect((await test.app.inject({ url: "/embed?preview=1" })).headers["cache-control"]).toBe(
      "no-store",
    );
  });

  it("serves the embed assets under /embed/v1/, and 404s what is not there", async () => {
    const loader = await test.app.inject({ url: "/embed/v1/loader.js" });
    expect(loader.statusCode).toBe(200);
    expect(loader.headers["content-type"]).toContain("javascript");
    // Agencies' pages load the loader from their own origins.
    expect(loader.headers["cross-origin-resource-policy"]).toBe("cross-origin");
    expect((await test.app.inject({ url: "/embed/v1/missing.js" })).statusCode).toBe(404);
  });

  it("lets only the agency's allowed origins frame the /embed page", async () => {
    const framed = await test.app.inject({
      url: `/embed?key=${test.agency.agency.publishableKey}`,
    });
    expect(framed.statusCode).toBe(200);
    expect(framed.body).toContain("Rebound (test build)");
    expect(framed.headers["content-security-policy"]).toContain(`frame-ancestors ${AGENCY_ORIGIN}`);
    expect(framed.headers["content-security-policy"]).not.toContain("frame-ancestors 'none'");
    expect(framed.headers["x-frame-options"]).toBeUndefined();

    // The dashboard's live preview frames it on our own origin.
    const preview = await test.app.inject({ url: "/embed?preview=1" });
    expect(preview.headers["content-security-policy"]).toContain("frame-ancestors 'self'");

    for (const url of ["/embed", "/embed?key=pk_unknownunknown0000", "/embed?key=%3Cscript%3E"]) {
      const refused = await test.app.inject({ url });
      expect(refused.statusCode, url).toBe(200);
      expect(refused.headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
    }
  });

  it("puts the agency's settings in the /embed page for an allowed host, escaped, and only then", async () => {
    const { agency } = test.agency;
    await test.app.inject({
      method: "PATCH",
      url: "/api/v1/agency",
      headers: { ...test.bearer, "content-type": "application/json" },
      payload: { copy: { title: "Bounce back </script><script>alert(1)</script>" } },
    });
    const page = (host: string) =>
      test.app.inject({
        url: `/embed?${new URLSearchParams({ key: agency.publishableKey, host, instance: "rb-1", mode: "inline" }).toString()}`,
      });
    const allowed = await page(AGENCY_ORIGIN);
    expect(allowed.headers["cache-control"]).toBe("no-store");
    const block =
      /<script type="application\/json" id="rebound-widget-config">(.*?)<\/script>/.exec(
        allowed.body,
      )?.[1];
    expect(block).toBeDefined();
    expect(block).not.toContain("<");
    expect(JSON.parse(block ?? "{}")).toMatchObject({
      key: agency.publishableKey,
      hostOrigin: AGENCY_ORIGIN,
      config: {
        agencyName: "Acme Talent",
        copy: { title: "Bounce back </script><script>alert(1)</script>" },
      },
    });
    for (const host of ["https://evil.example", ""]) {
      expect((await page(host)).body).not.toContain("rebound-widget-config");
    }
  });

  it("serves hashed assets as immutable", async () => {
    const asset = await test.app.inject({ url: "/assets/chunk-Ab12Cd34.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const page = await test.app.inject({ url: "/" });
    expect(String(page.headers["cache-control"])).not.toContain("immutable");
  });

  it("sends the security headers on API answers too", async () => {
    const response = await test.app.inject({ url: "/api/v1/catalogue/strategies" });
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });

  it("serves the OpenAPI document and a docs page with no third-party assets", async () => {
    const docs = await test.app.inject({ url: "/api/docs" });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).not.toMatch(/https?:\/\/(?!\S*\.example)/);
    expect(docs.headers["content-security-policy"]).toBe(DOCS_CSP);
    for (const url of ["/api/docs/reference.js", "/api/docs/init.js"]) {
      const script = await test.app.inject({ url, headers: { "accept-encoding": "gzip" } });
      expect(script.statusCode, url).toBe(200);
      expect(script.headers["content-type"], url).toContain("text/javascript");
    }
    expect((await test.app.inject({ url: "/api/openapi.json" })).json()).toMatchObject({
      openapi: "3.1.0",
    });
  });
});

describe("a checkout where web and embed are not built yet", () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await DATABASE_TARGETS[0]!.open();
  });
  afterAll(() => database.close());

  it("still serves the API, and answers pages 404 instead of crashing", async () => {
    const app = await buildServer({
      config: testConfig({
        webDist: "/nonexistent/web/dist",
        embedDist: "/nonexistent/embed/dist",
      }),
      database,
      logger: false,
    });
    expect((await app.inject({ url: "/healthz" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/v1/catalogue/strategies" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/" })).statusCode).toBe(404);
    expect((await app.inject({ url: "/embed/v1/loader.js" })).statusCode).toBe(404);
    await app.close();
  });
});

describe("readiness", () => {
  it("answers /readyz 503 while the database does not answer, /healthz 200 all the same", async () => {
    // A real driver pointed at a port where nothing listens.
    const unreachable = createDatabase({
      kind: "postgres",
      url: "postgres://postgres@127.0.0.1:9/none",
    });
    const app = await buildServer({ config: testConfig(), database: unreachable, logger: false });
    expect((await app.inject({ url: "/readyz" })).statusCode).toBe(503);
    expect((await app.inject({ url: "/healthz" })).statusCode).toBe(200);
    await app.close();
    await unreachable.close();
  });
});
