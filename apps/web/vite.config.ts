import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API serves the built app on one port; in dev, Vite proxies /api to it.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { "/api": process.env.REBOUND_API_URL ?? "http://127.0.0.1:3000" },
  },
  build: {
    target: "es2022",
    sourcemap: true,
  },
});
