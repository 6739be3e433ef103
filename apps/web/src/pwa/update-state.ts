import { useSyncExternalStore } from "react";

/**
 * What the service worker has to tell the person: nothing, a new version waiting for their
 * say-so, or a version another tab already switched to (this tab still runs the old one).
 */
export type UpdateState = "none" | "waiting" | "applied-elsewhere";

let state: UpdateState = "none";
let apply: () => void = () => undefined;
const listeners = new Set<() => void>();

export function setUpdateState(next: UpdateState, applyUpdate?: () => void): void {
  state = next;
  if (applyUpdate) apply = applyUpdate;
  for (const listener of listeners) listener();
}

/** Switch to the new version now: only ever on the person's "Reload". */
export function applyUpdate(): void {
  apply();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => "none",
  );
}
