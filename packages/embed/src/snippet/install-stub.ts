import type { ReboundGlobal } from "../loader/api-types.js";

export const LOADER_PATH = "/embed/v1/loader.js";

/**
 * Defines `window.Rebound` as a queue and starts loading the loader once. Shared by the paste-in
 * snippet and the React wrapper; the loader replays the queue in order when it arrives.
 */
export function installStub(origin: string, nonce?: string): ReboundGlobal {
  const existing = window.Rebound;
  if (existing) return existing;
  const queue: unknown[][] = [];
  const stub = ((...args: unknown[]) => {
    queue.push(args);
  }) as ReboundGlobal;
  stub.q = queue;
  stub.o = origin;
  window.Rebound = stub;
  const script = document.createElement("script");
  script.async = true;
  script.src = origin + LOADER_PATH;
  if (nonce) script.nonce = nonce;
  document.head.appendChild(script);
  return stub;
}
