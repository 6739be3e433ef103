import type { TestProject } from "vitest/node";
import { chromiumSkipReason } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the real server listens; empty when the suite is skipped. */
    baseUrl: string;
    skipReason: string;
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
    return;
  }
  server = await startServer();
  console.log(`e2e: server at ${server.url}`);
  project.provide("baseUrl", server.url);
  project.provide("skipReason", "");
}

export async function teardown(): Promise<void> {
  await server?.stop();
  server = null;
}
