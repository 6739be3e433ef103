import { setTimeout as sleep } from "node:timers/promises";

/**
 * Resolves with the first truthy answer of `check`, asking again every 20 ms: a wait for a
 * condition, bounded only by the test's own timeout.
 */
export async function until<T>(check: () => T | Promise<T>): Promise<NonNullable<T>> {
  for (;;) {
    const answer = await check();
    if (answer) return answer;
    await sleep(20);
  }
}
