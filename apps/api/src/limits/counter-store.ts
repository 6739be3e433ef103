/** A caller's count in the current fixed window. */
export interface WindowCount {
  /** Units counted in this window, the current hit included. */
  count: number;
  /** Milliseconds until the window starts again from zero. */
  resetInMs: number;
}

/** Where rate-limit counters live: this process's memory, or Redis shared by every process. */
export interface CounterStore {
  /** Adds `weight` to `key`'s count in its current window of `windowMs`. */
  hit(key: string, weight: number, windowMs: number): WindowCount | Promise<WindowCount>;
}

/**
 * Fixed windows in a Map. Expired windows are swept at most once per window length, on a hit,
 * so the map holds only callers seen recently and no timer keeps the process alive.
 */
export class MemoryCounterStore implements CounterStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private nextSweep = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  hit(key: string, weight: number, windowMs: number): WindowCount {
    const now = this.clock();
    if (now >= this.nextSweep) this.sweep(now, windowMs);
    let window = this.windows.get(key);
    if (window === undefined || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += weight;
    return { count: window.count, resetInMs: window.resetAt - now };
  }

  private sweep(now: number, windowMs: number): void {
    this.nextSweep = now + windowMs;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
