import { fileURLToPath } from "node:url";
import { precompress } from "@rebound/precompress";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { pwaManifest, pwaWorkbox } from "./pwa.config";

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// The API serves the built app on one port; in dev, Vite proxies /api to it.
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // A new version waits for the person's say-so ("Reload"), never reloads under their typing.
      registerType: "prompt",
      // Registered by src/pwa/service-worker.ts, from the coach only (never inside the widget).
      injectRegister: false,
      filename: "sw.js",
      manifestFilename: "manifest.webmanifest",
      includeAssets: ["favicon.svg", "apple-touch-icon-180x180.png"],
      manifest: pwaManifest,
      workbox: pwaWorkbox,
    }),
    // After the service worker is written, so it is precompressed too.
    precompress(page("dist")),
  ],
  server: {
    proxy: { "/api": process.env.REBOUND_API_URL ?? "http://127.0.0.1:3000" },
  },
  build: {
    target: "es2022",
    sourcemap: true,
    // The app, and the widget agencies frame (served at /embed): its own page, so a visitor
    // who opens the widget downloads the coach's first question in one wave, not the app first.
    rolldownOptions: { input: { main: page("index.html"), embed: page("embed.html") } },
  },
});
