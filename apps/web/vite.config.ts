import { fileURLToPath } from "node:url";
import { precompress } from "@rebound/precompress";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// The API serves the built app on one port; in dev, Vite proxies /api to it.
export default defineConfig({
  plugins: [react(), precompress(page("dist"))],
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
