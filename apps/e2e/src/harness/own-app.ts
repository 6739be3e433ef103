import { afterAll } from "vitest";
import { launchBrowser, type RunningBrowser } from "./browser.js";
import { startServer, type RunningServer } from "./server.js";

export interface OwnApp {
  server: RunningServer;
  browser: RunningBrowser;
}

/** Starting a server initialises a fresh PGlite folder: a minute or more while CI is busy. */
export const OWN_APP_START_MS = 180_000;
/** A test on its own server does a whole journey, sometimes twice: more than the default minute. */
export const OWN_APP_TEST_MS = 150_000;

/**
 * A server and a browser of the test's own, for tests that must take the network away or
 * change the build being served: the suite's shared server must stay up for the others.
 * Closed after the file (stopping a server twice is harmless).
 */
export function useOwnApps(): { start: (env?: Record<string, string>) => Promise<OwnApp> } {
  const started: OwnApp[] = [];
  afterAll(async () => {
    for (const app of started) {
      await app.browser.context.setOffline(false);
      await app.browser.close();
      await app.server.stop();
    }
  });
  return {
    start: async (env) => {
      const server = await startServer(env ? { env } : {});
      const browser = await launchBrowser(server.url);
      const app = { server, browser };
      started.push(app);
      return app;
    },
  };
}
