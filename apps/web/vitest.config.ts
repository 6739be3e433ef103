import { sharedTest } from "@rebound/vitest-config";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    ...sharedTest,
    // scripts/ holds the size-budget helpers, tested beside them.
    include: [...(sharedTest.include ?? []), "scripts/**/*.test.ts"],
    environment: "happy-dom",
    setupFiles: ["./vitest.setup.ts"],
  },
});
