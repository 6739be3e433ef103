import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { recoveryKitFor } from "../examples/typed-client.js";
import { DATABASE_TARGETS } from "./support/databases.js";
import { useListeningApp } from "./support/test-app.js";

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../examples");

describe("the README's examples, against a listening server", () => {
  const test = useListeningApp(DATABASE_TARGETS[0]!);

  it("the typed tRPC client builds a kit and reads the key's usage", async () => {
    const kit = await recoveryKitFor(test.url, test.agency.secretKey);
    expect(kit.steps).toContain("thank-you-email");
    expect(kit.drafts.length).toBeGreaterThan(0);
    expect(kit.usage).toEqual([expect.objectContaining({ plansBuilt: 1 })]);
  });

  it("the curl script gets a plan and the usage over REST", async () => {
    const { stdout } = await promisify(execFile)("sh", [path.join(examples, "curl.sh")], {
      env: { ...process.env, REBOUND_URL: test.url, REBOUND_SECRET_KEY: test.agency.secretKey },
    });
    const [plan, usage] = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
    expect(plan).toMatchObject({ plan: { generatedAt: "2026-11-21T09:00:00.000Z" } });
    expect(Array.isArray(usage)).toBe(true);
  });
});
