import { defineConfig } from "vitest/config";

// One file at a time: the machine is shared. One server for the run (global setup), one Chromium per file.
export default defineConfig({
  test: {
    include: ["src/**/*.e2e.ts"],
    globalSetup: ["./src/harness/global-setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    // Hang guards, not timings: on a loaded two-core machine a whole-flow test was seen past a
    // minute, and a layout settling past expect.poll's default second.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 20_000 } },
    reporters: ["default"],
  },
});
