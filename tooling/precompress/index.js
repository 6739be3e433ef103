import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt)$/;
/** Below this, the headers cost more than the bytes saved. */
const MIN_BYTES = 1024;

/**
 * Writes `file.br` and `file.gz` beside a file, once, at build time: the API serves them
 * (`preCompressed`) to browsers that accept them, with no compression work per request. On a slow
 * phone network the widget's first download is a third of its raw size.
 *
 * @param {string} path a built text file
 * @returns {boolean} whether it was worth compressing
 */
export function precompressFile(path) {
  const content = readFileSync(path);
  if (!COMPRESSIBLE.test(path) || content.length < MIN_BYTES) return false;
  writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
  writeFileSync(
    `${path}.br`,
    brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  return true;
}

/**
 * Precompresses every text file of a build folder, recursively.
 *
 * @param {string} dir the build folder
 * @returns {number} how many files were compressed
 */
export function precompressDir(dir) {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) count += precompressDir(path);
    else if (precompressFile(path)) count += 1;
  }
  return count;
}

/**
 * A Vite plugin that precompresses the build when it is written (for a build whose config spawns
 * further builds, call `precompressDir` after the last one instead).
 *
 * @param {string} outDir the build folder
 * @returns {import("vite").Plugin}
 */
export function precompress(outDir) {
  return {
    name: "rebound:precompress",
    apply: "build",
    closeBundle() {
      precompressDir(outDir);
    },
  };
}
