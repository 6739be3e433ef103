import { sharedTest } from "@rebound/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { ...sharedTest } });
