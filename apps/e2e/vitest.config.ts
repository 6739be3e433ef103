import { defineConfig } from "vitest/config";

// One file at a time: the machine is shared. One server for the run (global setup), one Chromium per file.
export default defineConfig({
  test: {
    include: ["src/**/*.e2e.ts"],
    globalSetup: ["./src/harness/global-setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ["default"],
  },
});
