import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { chromiumSkipReason } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the real server listens; empty when the suite is skipped. */
    baseUrl: string;
    skipReason: string;
    /** Bearer token for the admin procedures (creating agencies for the embed tests). */
    adminToken: string;
  }
}

let server: RunningServer | null = null;

/** One real server for the whole run: the app as `pnpm start` serves it. */
export async function setup(project: TestProject): Promise<void> {
  const skipReason = chromiumSkipReason();
  if (skipReason) {
    console.log(skipReason);
    project.provide("baseUrl", "");
    project.provide("skipReason", skipReason);
    project.provide("adminToken", "");
    return;
  }
  // REBOUND_E2E_URL points the suite at an app already running (say, while developing a screen).
  const external = process.env.REBOUND_E2E_URL;
  // The server inherits this environment, so only this run knows the admin token (an external
  // app must have been started with the same REBOUND_ADMIN_TOKEN).
  const adminToken = process.env.REBOUND_ADMIN_TOKEN ?? randomBytes(24).toString("hex");
  process.env.REBOUND_ADMIN_TOKEN = adminToken;
  project.provide("adminToken", adminToken);
  if (!external) server = await startServer();
  const baseUrl = external ?? server?.url ?? "";
  console.log(`e2e: app at ${baseUrl}`);
  project.provide("baseUrl", baseUrl);
  project.provide("skipReason", "");
}

export async function teardown(): Promise<void> {
  await server?.stop();
  server = null;
}
