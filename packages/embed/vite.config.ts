import { fileURLToPath } from "node:url";
import { precompressFile } from "@rebound/precompress";
import { build, defineConfig, type Plugin } from "vite";

/*
 * One `vite build` writes every file the package ships:
 *  - dist/index.js, dist/protocol.js, dist/react.js: ES modules for bundler users (react external)
 *  - dist/loader.js: the classic script served at /embed/v1/loader.js
 *  - dist/snippet.js: the paste-in stub
 * An IIFE takes a single entry, so the two scripts are built after the ES pass, each by its own
 * inline-config build (configFile: false, so this plugin does not recurse). Then the two scripts
 * the API serves get their .br and .gz beside them.
 */
const SCRIPTS = [
  { entry: "src/loader/global.ts", fileName: "loader.js" },
  { entry: "src/snippet/snippet.ts", fileName: "snippet.js" },
] as const;

function classicScripts(): Plugin {
  return {
    name: "rebound:classic-scripts",
    apply: "build",
    async closeBundle() {
      for (const { entry, fileName } of SCRIPTS) {
        await build({
          configFile: false,
          logLevel: "warn",
          build: {
            emptyOutDir: false,
            minify: true,
            sourcemap: false,
            target: "es2020",
            lib: { entry, formats: ["iife"], name: "ReboundEmbed", fileName: () => fileName },
          },
        });
      }
      for (const { fileName } of SCRIPTS)
        precompressFile(fileURLToPath(new URL(`dist/${fileName}`, import.meta.url)));
    },
  };
}

export default defineConfig({
  plugins: [classicScripts()],
  build: {
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    target: "es2020",
    lib: {
      entry: {
        index: "src/index.ts",
        protocol: "src/protocol/index.ts",
        react: "src/react/index.ts",
      },
      formats: ["es"],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: { external: ["react", "react/jsx-runtime", "react-dom"] },
  },
});
