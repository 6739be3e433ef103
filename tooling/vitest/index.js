/**
 * Shared Vitest settings. Packages spread this into their own `vitest.config.ts`:
 * `export default defineConfig({ test: { ...sharedTest } })`.
 */
export const sharedTest = {
  include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
  exclude: ["**/node_modules/**", "**/dist/**", "**/e2e/**"],
  pool: "threads",
  // Property tests take 1–2 s alone and ten times that while CI runs every package's tests at
  // once on two cores; the timeout is there to catch a hang, not to time them.
  testTimeout: 60_000,
  hookTimeout: 60_000,
};
export default sharedTest;
