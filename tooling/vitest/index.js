/**
 * Shared Vitest settings. Packages spread this into their own `vitest.config.ts`:
 * `export default defineConfig({ test: { ...sharedTest } })`.
 */
export const sharedTest = {
  include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
  exclude: ["**/node_modules/**", "**/dist/**", "**/e2e/**"],
  pool: "threads",
  // Property tests take 1–2 s alone, ten times that while CI runs every package's tests at once
  // on two cores, and were seen at 90 s with the machine loaded six times over (load 13–28): the
  // timeout is there to catch a hang, not to time them.
  testTimeout: 180_000,
  hookTimeout: 180_000,
  // A condition waited for, not a timing: expect.poll's default second is too short when loaded.
  expect: { poll: { timeout: 15_000 } },
};
export default sharedTest;
