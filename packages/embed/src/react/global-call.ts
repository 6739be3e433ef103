/**
 * Calls `window.Rebound` as it is *now*. The snippet's stub is replaced by the real dispatcher
 * when the loader arrives, so holding on to an earlier reference would queue calls nobody replays.
 */
export function callRebound(...args: unknown[]): void {
  const rebound = window.Rebound as ((...args: unknown[]) => unknown) | undefined;
  rebound?.(...args);
}
