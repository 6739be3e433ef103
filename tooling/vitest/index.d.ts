import type { ViteUserConfig } from "vitest/config";

export declare const sharedTest: NonNullable<ViteUserConfig["test"]>;
export default sharedTest;
