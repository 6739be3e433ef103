import { sharedTest } from "@rebound/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    ...sharedTest,
    environment: "happy-dom",
    // Unit tests never reach the network: iframes stay blank and scripts are not fetched.
    environmentOptions: {
      happyDOM: {
        url: "https://agency.example/jobs",
        settings: { disableIframePageLoading: true, disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
      },
    },
  },
});
