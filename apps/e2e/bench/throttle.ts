import type { BrowserContext, Page } from "playwright-core";

export interface Throttling {
  name: string;
  /** Added to every request, as DevTools' request-level throttling does (ms). */
  latencyMs: number;
  downloadBytesPerSecond: number;
  uploadBytesPerSecond: number;
  /** 4 = four times slower than this machine. */
  cpuSlowdown: number;
}

/**
 * A mid-range phone on a slow mobile network, as Chrome DevTools and Lighthouse define it:
 * DevTools' "Slow 4G" preset (150 ms RTT, 1.6 Mbps down, 750 kbps up, turned into request-level
 * values: latency × 3.75, throughput × 0.9) with a 4× CPU slowdown.
 */
export const MID_RANGE_PHONE_SLOW_4G: Throttling = {
  name: "mid-range phone, Slow 4G (562.5 ms latency, 1.44 Mbps down, 675 kbps up, CPU 4x)",
  latencyMs: 150 * 3.75,
  downloadBytesPerSecond: (1.6 * 1_000_000 * 0.9) / 8,
  uploadBytesPerSecond: (750 * 1000 * 0.9) / 8,
  cpuSlowdown: 4,
};

/** The same phone on DevTools' "Fast 4G" preset (60 ms RTT × 2.75, 9 Mbps down, 1.5 Mbps up). */
export const MID_RANGE_PHONE_FAST_4G: Throttling = {
  name: "mid-range phone, Fast 4G (165 ms latency, 8.1 Mbps down, 1.35 Mbps up, CPU 4x)",
  latencyMs: 60 * 2.75,
  downloadBytesPerSecond: (9 * 1_000_000 * 0.9) / 8,
  uploadBytesPerSecond: (1.5 * 1_000_000 * 0.9) / 8,
  cpuSlowdown: 4,
};

export const UNTHROTTLED: Throttling = {
  name: "this machine, no throttling",
  latencyMs: 0,
  downloadBytesPerSecond: -1,
  uploadBytesPerSecond: -1,
  cpuSlowdown: 1,
};

/**
 * Chromium flags for a phone's process model: no site or origin isolation, so the widget's frame
 * lives in its page's renderer (desktop Chromium gives it a process of its own, which the page's
 * DevTools throttling does not reach).
 */
export const PHONE_PROCESS_MODEL = [
  "--disable-site-isolation-trials",
  "--disable-features=IsolateOrigins,site-per-process,OriginKeyedProcessesByDefault",
];

/**
 * Applies the throttling to a page through the DevTools protocol: its network conditions and CPU
 * slowdown cover every frame in the page's process (see PHONE_PROCESS_MODEL).
 */
export async function throttle(
  context: BrowserContext,
  page: Page,
  settings: Throttling,
): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send("Network.enable");
  await session.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: settings.latencyMs,
    downloadThroughput: settings.downloadBytesPerSecond,
    uploadThroughput: settings.uploadBytesPerSecond,
  });
  await session.send("Emulation.setCPUThrottlingRate", { rate: settings.cpuSlowdown });
}
