import { mkdtempSync, rmSync } from "node:fs";
import { Agent } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { debriefInput } from "./support/debrief.js";
import {
  killLeftovers,
  output,
  processEnv,
  refusesConnections,
  run,
  urlPrintedBy,
} from "./support/processes.js";
import { get, postInFlight } from "./support/raw-http.js";
import { until } from "./support/until.js";

const dataDir = mkdtempSync(path.join(tmpdir(), "rebound-start-"));
const env = processEnv(dataDir);

afterAll(() => {
  killLeftovers();
  rmSync(dataDir, { recursive: true, force: true });
});

// Real processes (tsx, PGlite's first initdb on disk): allow for a busy machine.
describe(
  "the agency CLI and `start`, as separate processes on one data folder",
  { timeout: 120_000 },
  () => {
    let keys: { publishable: string; secret: string };

    it("creates an agency and prints both keys once", async () => {
      const result = await output(
        run(
          "src/cli/agency-create.ts",
          ["--name", "Acme Talent", "--origin", "https://careers.acme.example"],
          env,
        ),
      );
      expect(result.code, result.stderr).toBe(0);
      const publishable = /publishable key:\s+(pk_\S+)/.exec(result.stdout)?.[1];
      const secret = /secret key:\s+(sk_\S+)/.exec(result.stdout)?.[1];
      expect(publishable).toBeDefined();
      expect(secret).toBeDefined();
      keys = { publishable: publishable!, secret: secret! };
    });

    it("refuses an origin that is not an https origin", async () => {
      const result = await output(
        run(
          "src/cli/agency-create.ts",
          ["--name", "Acme", "--origin", "http://careers.acme.example/jobs"],
          env,
        ),
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("https://");
    });

    it("refuses a name longer than the widget title's 80 characters", async () => {
      const result = await output(
        run(
          "src/cli/agency-create.ts",
          ["--name", "N".repeat(81), "--origin", "https://a.example"],
          env,
        ),
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("The agency name is too long: keep it under 80 characters.");
    });

    it("serves on the printed URL, knows the agency, and on SIGTERM drains, then lets an in-flight request finish", async () => {
      // A drain and a grace far longer than the test: a second SIGTERM ends the drain, so
      // nothing here depends on how fast the machine is.
      const server = run("src/main.ts", [], {
        ...env,
        SHUTDOWN_DRAIN_MS: "3600000",
        SHUTDOWN_GRACE_MS: "600000",
      });
      const exited = output(server);
      const url = await urlPrintedBy(server);

      const agency = await fetch(`${url}/api/v1/agency`, {
        headers: { authorization: `Bearer ${keys.secret}` },
      });
      expect(agency.status).toBe(200);
      expect(await agency.json()).toMatchObject({
        name: "Acme Talent",
        publishableKey: keys.publishable,
      });

      // A request the server has begun reading, on a client that keeps connections alive and
      // never closes them itself.
      const keepAlive = new Agent({ keepAlive: true });
      const inFlight = await postInFlight(
        `${url}/api/v1/plan`,
        JSON.stringify({ debrief: debriefInput() }),
        keepAlive,
      );

      server.kill("SIGTERM");
      // Draining: readiness fails first, while the listener still serves (and asks clients not
      // to keep their connections).
      const readiness = await until(async () => {
        const answer = await get(`${url}/readyz`);
        return answer.status === 503 ? answer : null;
      });
      expect(JSON.parse(readiness.body)).toMatchObject({ status: "draining" });
      const during = await get(`${url}/api/v1/catalogue/strategies`);
      expect([during.status, during.headers.connection]).toEqual([200, "close"]);

      server.kill("SIGTERM"); // again: stop draining, close the listener
      await refusesConnections(url);
      inFlight.finish();
      const answer = await inFlight.answer;
      expect([answer.status, answer.headers.connection]).toEqual([200, "close"]);
      expect((await exited).code).toBe(0);
      keepAlive.destroy();
    });
  },
);
