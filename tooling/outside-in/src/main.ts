/**
 * The published packages, tried as a job board's developer would, from outside the monorepo:
 * pack @rebound/core, @rebound/embed and @rebound/client, install the tarballs with npm into an
 * empty project under the OS temp folder, compile a consumer with `skipLibCheck: false`
 * (@rebound/client's README example, a core + embed + embed/react use, and every TypeScript
 * sample of the API reference), then run it against a started server: a plan, a saved and read
 * debrief, a linted draft, a 400 and a 429 read through their typed errors. Prints the packed
 * sizes and the client's install time into an empty project.
 */
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { leaks, packPackage, tarballFiles, type Packed } from "./pack.js";
import { run } from "./run.js";
import { startServer } from "./server.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const consumerSources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../consumer");
const work = mkdtempSync(path.join(tmpdir(), "rebound-outside-"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npmFlags = ["--no-audit", "--no-fund", "--loglevel=error"];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function writeJson(file: string, value: unknown) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

async function main() {
  const started = performance.now();
  const packs = path.join(work, "packs");
  const packStarted = performance.now();
  mkdirSync(packs);
  const packed: Packed[] = [];
  for (const name of ["core", "embed", "client"])
    packed.push(await packPackage(path.join(repoRoot, "packages", name), packs));
  const packMs = performance.now() - packStarted;
  for (const pack of packed) {
    assert.deepEqual(leaks(pack), [], `${pack.name}'s packed manifest`);
    const files = tarballFiles(pack);
    assert.ok(
      files.includes("LICENSE") && files.includes("README.md"),
      `${pack.name}: licence, readme`,
    );
    const privateFiles = files.filter((file) =>
      /\.test\.|test-support|(^|\/)src\/|\.map$/.test(file),
    );
    assert.deepEqual(privateFiles, [], `${pack.name} ships tests, sources or maps`);
  }
  const tarball = (name: string) => {
    const found = packed.find((pack) => pack.name === name);
    assert.ok(found, `${name} was packed`);
    return found.tarball;
  };

  // The client alone into an empty project, with an empty npm cache: what a newcomer waits.
  const empty = path.join(work, "empty");
  mkdirSync(empty);
  writeJson(path.join(empty, "package.json"), { name: "empty", private: true, type: "module" });
  const clientInstall = await run(
    npm,
    ["install", ...npmFlags, "--cache", path.join(work, "cold-cache"), tarball("@rebound/client")],
    { cwd: empty },
  );

  // The consumer: the three tarballs and what a TypeScript project brings anyway.
  const project = path.join(work, "consumer");
  mkdirSync(path.join(project, "src/samples"), { recursive: true });
  writeJson(path.join(project, "package.json"), {
    name: "consumer",
    private: true,
    type: "module",
  });
  writeJson(path.join(project, "tsconfig.json"), {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2023", "DOM", "DOM.Iterable"],
      types: ["node"],
      jsx: "react-jsx",
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: false,
      outDir: "dist",
      rootDir: "src",
    },
    include: ["src"],
  });
  const consumerInstall = await run(
    npm,
    [
      "install",
      ...npmFlags,
      tarball("@rebound/core"),
      tarball("@rebound/embed"),
      tarball("@rebound/client"),
      "typescript@5.9.3",
      "@types/node@^20.19.0",
      "react@^19.0.0",
      "@types/react@^19.0.0",
    ],
    { cwd: project },
  );
  cpSync(
    path.join(repoRoot, "packages/client/examples/quick-start.ts"),
    path.join(project, "src/quick-start.ts"),
  );
  cpSync(
    path.join(consumerSources, "core-and-embed.ts"),
    path.join(project, "src/core-and-embed.ts"),
  );

  const server = await startServer(repoRoot, path.join(work, "data"), 30);
  try {
    // Every TypeScript sample of the API reference must compile against the published client.
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<
          string,
          { operationId: string; "x-codeSamples"?: { lang: string; source: string }[] }
        >
      >;
    };
    let samples = 0;
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) {
        const sample = operation["x-codeSamples"]?.find((entry) => entry.lang === "TypeScript");
        assert.ok(sample, `${operation.operationId} has a TypeScript sample`);
        writeFileSync(
          path.join(project, "src/samples", `${operation.operationId}.ts`),
          `${sample.source}\nexport {};\n`,
        );
        samples += 1;
      }
    }

    const tscBin = path.join(project, "node_modules/typescript/bin/tsc");
    const check = await run(process.execPath, [tscBin, "--noEmit", "-p", "."], { cwd: project });
    // Checked above; this pass only writes the JavaScript to run.
    await run(process.execPath, [tscBin, "-p", ".", "--noCheck"], { cwd: project });

    const offline = await run(process.execPath, ["dist/core-and-embed.js"], { cwd: project });
    const used = JSON.parse(offline.stdout) as {
      steps: number;
      drafts: number;
      findings: string[];
      embed: string[];
    };
    assert.ok(used.steps > 0 && used.drafts > 0, "core built a kit");
    assert.deepEqual(used.embed, ["function", "function", "function", "function"]);

    const live = await run(process.execPath, ["dist/quick-start.js"], {
      cwd: project,
      env: { ...process.env, REBOUND_URL: server.url },
    });
    const lines = live.stdout.trim().split("\n");
    const line = (prefix: string) => lines.find((entry) => entry.startsWith(prefix)) ?? "";
    assert.match(line("plan:"), /thank-you-email/);
    assert.match(line("saved"), /retry gave the same: true\), organisation: Northwind Analytics/);
    assert.match(line("findings:"), /blanket-apology/);
    assert.match(line("400"), /^400 BAD_REQUEST: debrief\.interview\.endedAt$/);
    assert.match(line("429"), /^429 TOO_MANY_REQUESTS: retry after \d+ s \(req_[\w-]+\)$/);

    console.log(live.stdout.trim());
    console.log(`\nfrom outside the workspace (${work}):`);
    console.log("package           packed     unpacked   files");
    for (const pack of packed)
      console.log(
        `${pack.name.padEnd(17)} ${kb(pack.packedBytes).padStart(9)}  ${kb(pack.unpackedBytes).padStart(9)}  ${String(pack.files).padStart(5)}`,
      );
    console.log(`pnpm pack of the three packages: ${seconds(packMs)}`);
    console.log(
      `@rebound/client into an empty project (npm, empty cache): ${seconds(clientInstall.ms)}`,
    );
    console.log(
      `consumer install (3 tarballs + typescript, @types/node, react, @types/react): ${seconds(consumerInstall.ms)}`,
    );
    console.log(
      `tsc --noEmit, skipLibCheck false (consumer + ${samples} reference samples): ${seconds(check.ms)}`,
    );
    console.log(
      `whole check: ${seconds(performance.now() - started)} (timings vary with the machine's load)`,
    );
  } finally {
    await server.stop();
  }
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
