import { mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pnpmCommand, run } from "./run.js";

export interface Packed {
  name: string;
  tarball: string;
  packedBytes: number;
  unpackedBytes: number;
  files: number;
  manifest: Record<string, unknown>;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** `pnpm pack` (workspace:* rewritten, our beforePacking hook applied), then what is inside. */
export async function packPackage(packageDir: string, into: string): Promise<Packed> {
  const [command, prefix] = pnpmCommand();
  const before = new Set(readdirSync(into));
  await run(command, [...prefix, "pack", "--pack-destination", into], { cwd: packageDir });
  const tarballName = readdirSync(into).find((file) => file.endsWith(".tgz") && !before.has(file));
  if (tarballName === undefined) throw new Error(`pnpm pack made no tarball in ${packageDir}`);
  const tarball = path.join(into, tarballName);
  const unpacked = path.join(into, tarballName.replace(/\.tgz$/, ""));
  mkdirSync(unpacked);
  await run("tar", ["-xzf", tarball, "-C", unpacked], { cwd: into });
  const files = filesUnder(unpacked);
  const { readFile } = await import("node:fs/promises");
  const manifest = JSON.parse(
    await readFile(path.join(unpacked, "package", "package.json"), "utf8"),
  ) as Record<string, unknown>;
  return {
    name: String(manifest.name),
    tarball,
    packedBytes: statSync(tarball).size,
    unpackedBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    files: files.length,
    manifest,
  };
}

/** What a published manifest must not carry: anything that only exists inside this workspace. */
export function leaks(packed: Packed): string[] {
  const problems: string[] = [];
  const { manifest } = packed;
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [name, range] of Object.entries((manifest[field] ?? {}) as Record<string, string>)) {
      if (range.startsWith("workspace:") || range.startsWith("catalog:"))
        problems.push(`${field}.${name} is ${range}`);
      if (name.startsWith("@rebound/")) problems.push(`${field}.${name}: a workspace package`);
    }
  }
  if ("devDependencies" in manifest) problems.push("devDependencies are published");
  if ("scripts" in manifest) problems.push("scripts are published");
  if (manifest.private === true) problems.push("private");
  return problems;
}

export function tarballFiles(packed: Packed): string[] {
  const root = path.join(packed.tarball.replace(/\.tgz$/, ""), "package");
  return filesUnder(root).map((file) => path.relative(root, file));
}
