/**
 * Shared Vitest settings. Packages spread this into their own `vitest.config.ts`:
 * `export default defineConfig({ test: { ...sharedTest } })`.
 */
export const sharedTest = {
  include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
  exclude: ["**/node_modules/**", "**/dist/**", "**/e2e/**"],
  pool: "threads",
  testTimeout: 20_000,
  hookTimeout: 60_000,
};
export default sharedTest;
