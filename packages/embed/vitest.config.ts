import { sharedTest } from "@rebound/vitest-config";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    ...sharedTest,
    environment: "happy-dom",
    // Unit tests never reach the network: frames keep their URL without fetching it, and
    // scripts (the loader the stub requests) are not fetched.
    environmentOptions: {
      happyDOM: {
        url: "https://agency.example/jobs",
        settings: {
          navigation: { disableChildFrameNavigation: true },
          disableJavaScriptFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
  },
});
