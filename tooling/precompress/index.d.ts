import type { Plugin } from "vite";

/** Writes `path.br` and `path.gz` beside a built text file; false when it is not worth it. */
export function precompressFile(path: string): boolean;
/** Precompresses every text file of a build folder, recursively; returns how many. */
export function precompressDir(dir: string): number;
/** A Vite plugin that precompresses `outDir` once the build is written. */
export function precompress(outDir: string): Plugin;
