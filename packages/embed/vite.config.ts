import { defineConfig, type UserConfig } from "vite";

/*
 * Three builds, chosen by --mode, because IIFE output takes a single entry:
 *  - default: ESM entries for the package exports (react stays external)
 *  - loader:  dist/loader.js, the IIFE served at /embed/v1/loader.js
 *  - snippet: dist/snippet.js, the paste-in stub
 */
const iife = (entry: string, fileName: string): UserConfig => ({
  build: {
    emptyOutDir: false,
    minify: true,
    sourcemap: false,
    lib: { entry, formats: ["iife"], name: "ReboundEmbed", fileName: () => fileName },
  },
});

export default defineConfig(({ mode }) => {
  if (mode === "loader") return iife("src/loader/global.ts", "loader.js");
  if (mode === "snippet") return iife("src/snippet/snippet.ts", "snippet.js");
  return {
    build: {
      emptyOutDir: true,
      minify: true,
      sourcemap: true,
      lib: {
        entry: { index: "src/index.ts", protocol: "src/protocol/index.ts", react: "src/react/index.ts" },
        formats: ["es"],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: { external: ["react", "react/jsx-runtime", "react-dom"] },
    },
  };
});
