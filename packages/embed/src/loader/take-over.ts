import type { ReboundGlobal } from "./api-types.js";
import { createRebound, type Rebound } from "./create-rebound.js";
import { initFromAttributes, listenForOpenClicks } from "./data-attributes.js";

/**
 * What the loader does on arrival: replace the snippet's queueing stub with the real dispatcher,
 * replay the queued calls in the order they were made, then set up `data-rebound-*` elements.
 * Loading the script twice is harmless: the second copy finds `loaded` and leaves.
 */
export function takeOver(loaderSrc: string | undefined): Rebound | null {
  const previous = window.Rebound;
  if (previous?.loaded) return null;
  const origin = previous?.o ?? (loaderSrc ? new URL(loaderSrc).origin : location.origin);
  const rebound = createRebound({ origin });
  const api = rebound.command as ReboundGlobal;
  api.loaded = true;
  api.o = origin;
  window.Rebound = api;
  for (const args of previous?.q ?? []) rebound.run(args);

  const scan = (): void => initFromAttributes(document, rebound);
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", scan, { once: true });
  else scan();
  listenForOpenClicks(document, rebound);
  return rebound;
}
