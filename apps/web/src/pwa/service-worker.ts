import { setUpdateState } from "./update-state";

/** How often a tab left open asks whether a new version is out, when it comes back into view. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

let started = false;

/**
 * Register the service worker (built by vite-plugin-pwa's Workbox config in pwa.config.ts)
 * from the coach. Never from the /embed widget: inside an agency's frame the browser would
 * keep a separate, partitioned worker per agency site, for a page that must always come
 * from the network with that agency's frame policy.
 */
export function startServiceWorker(): void {
  if (started || !import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  started = true;
  // Loaded after the first screen: registration code never weighs on the first download.
  void import("virtual:pwa-register").then(({ registerSW }) => {
    // True once this tab's person pressed "Reload"; another tab's switch must not reload this one.
    let requested = false;
    let lastCheck = Date.now();
    // The first worker taking control of this page (first visit) is no update. Watched here
    // rather than through the plugin's own reload, which misses an update arriving in the
    // very page that installed the first version, and reloads other tabs unasked.
    let controlled = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      if (!controlled) {
        controlled = true;
        return;
      }
      if (requested) window.location.reload();
      else setUpdateState("applied-elsewhere", () => window.location.reload());
    });
    const updateServiceWorker = registerSW({
      immediate: true,
      onNeedRefresh: () =>
        setUpdateState("waiting", () => {
          requested = true;
          void updateServiceWorker();
        }),
      // Handled by the controllerchange listener above; given so the plugin never reloads.
      onNeedReload: () => undefined,
      onRegisteredSW: (_url, registration) => {
        if (!registration) return;
        document.addEventListener("visibilitychange", () => {
          if (document.visibilityState !== "visible" || Date.now() - lastCheck < CHECK_EVERY_MS)
            return;
          lastCheck = Date.now();
          registration.update().catch(() => undefined); // offline: try again next time
        });
      },
    });
  });
}
