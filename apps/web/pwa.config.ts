import type { ManifestOptions, VitePWAOptions } from "vite-plugin-pwa";

/** How Rebound installs: its name, colours and icons (rendered by scripts/generate-icons.ts). */
export const pwaManifest: Partial<ManifestOptions> = {
  name: "Rebound: recover from a bad interview",
  short_name: "Rebound",
  description:
    "A calm, private coach for recovering after a job interview that went badly. Works offline; your answers stay on this device.",
  id: "/",
  start_url: "/",
  scope: "/",
  display: "standalone",
  lang: "en",
  theme_color: "#2f5d62",
  background_color: "#f6f4ef",
  icons: [
    { src: "/pwa-192x192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/pwa-512x512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/maskable-512x512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
};

/**
 * The coach's own pages: the only navigations the service worker answers with the app shell
 * when the network is gone. Everything else the server answers itself, always from the network:
 * the API (/api, /api/docs), the /embed page (its frame-ancestors policy is per agency and must
 * never come from a cache), the agency dashboard (useless offline), /healthz and the widget's
 * loader under /embed/v1/.
 */
// Workbox matches these against the path *and* query (`/plan?interview=…`).
export const COACH_PAGES: RegExp[] = [
  /^\/(?:\?|$)/,
  /^\/debrief\/?(?:\?|$)/,
  /^\/plan\/?(?:\?|$)/,
  /^\/drafts\/?(?:\?|$)/,
  /^\/journal\/?(?:\?|$)/,
  /^\/resume\/[^/?]+(?:\?|$)/,
];

export const SERVER_PAGES: RegExp[] = [
  /^\/api(?:[/?]|$)/,
  /^\/embed(?:[/?]|$)/,
  /^\/dashboard(?:[/?]|$)/,
];

export const pwaWorkbox: VitePWAOptions["workbox"] = {
  // The shell and every lazy chunk (wizard, plan, drafts, journal, dashboard, widget), so any
  // screen opens offline from the first visit; source maps stay on the network.
  globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
  navigateFallback: "index.html",
  navigateFallbackAllowlist: COACH_PAGES,
  navigateFallbackDenylist: SERVER_PAGES,
  // Only the coach's files: API calls are never cached, and nothing at runtime either.
  runtimeCaching: [],
  cleanupOutdatedCaches: true,
  // Control the very first page, so going offline right after the first visit already works.
  clientsClaim: true,
  // Wait for the person's "Reload" (registerType: prompt sends SKIP_WAITING then).
  skipWaiting: false,
  sourcemap: false,
};
