import { createDatabase } from "../src/db/create-database.js";
import { buildServer } from "../src/server.js";
import { debriefInput } from "../test/support/debrief.js";
import { testConfig } from "../test/support/test-app.js";
const database = createDatabase({ kind: "pglite" });
await database.migrate();
const app = await buildServer({
  config: testConfig({ rateLimit: { anonymousMax: 1e7, keyMax: 1e7, windowMs: 60000 } }),
  database,
  logger: false,
});
const payload = JSON.stringify({ debrief: debriefInput() });
for (const url of ["/api/trpc/plan.build"]) {
  const method = url.includes("plan") ? "POST" : "GET";
  for (let i = 0; i < 50; i++)
    await app.inject({
      method,
      url,
      payload: method === "POST" ? payload : undefined,
      headers: { "content-type": "application/json" },
    });
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++)
    await app.inject({
      method,
      url,
      payload: method === "POST" ? payload : undefined,
      headers: { "content-type": "application/json" },
    });
  console.log(url, ((performance.now() - t0) / 1000).toFixed(2), "ms");
}
await app.close();
await database.close();
