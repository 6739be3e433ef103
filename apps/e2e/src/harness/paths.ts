import { fileURLToPath } from "node:url";

/** The monorepo root (this file is apps/e2e/src/harness/paths.ts). */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
/** Screenshots go here; the folder is git-ignored. */
export const screenshotDir = fileURLToPath(new URL("../../screenshots/", import.meta.url));
