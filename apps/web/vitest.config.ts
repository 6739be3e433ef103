import { sharedTest } from "@rebound/vitest-config";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: { ...sharedTest, environment: "happy-dom", setupFiles: ["./vitest.setup.ts"] },
});
