import type { ReboundGlobal } from "./api-types.js";
import { createRebound, type Rebound } from "./create-rebound.js";
import { initFromAttributes, listenForOpenClicks } from "./data-attributes.js";

/**
 * What the loader does on arrival: replace the snippet's queueing stub with the real dispatcher,
 * replay the queued calls in the order they were made, then set up `data-rebound-*` elements.
 * While the page is still parsing, the stub keeps queueing and all of this waits for
 * DOMContentLoaded, so `Rebound('init', { target: '#later' })` written in the head finds its
 * element. Loading the script twice is harmless: the second copy finds `loaded` and leaves.
 */
export function takeOver(loaderSrc: string | undefined): Rebound | null {
  const stub: Partial<ReboundGlobal> = window.Rebound ?? {};
  if (stub.loaded) return null;
  stub.loaded = true;
  const origin = stub.o ?? (loaderSrc ? new URL(loaderSrc).origin : location.origin);
  const rebound = createRebound({ origin });

  const start = (): void => {
    const api = rebound.command as ReboundGlobal;
    api.loaded = true;
    api.o = origin;
    window.Rebound = api;
    for (const args of stub.q ?? []) rebound.run(args);
    initFromAttributes(document, rebound);
    listenForOpenClicks(document, rebound);
  };
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
  return rebound;
}
