import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { initialJsFiles } from "./initial-chunks";

describe("initialJsFiles", () => {
  it("counts the entry and its modulepreloads, not stylesheets or lazy chunks", () => {
    const dist = mkdtempSync(join(tmpdir(), "rebound-budget-"));
    writeFileSync(
      join(dist, "index.html"),
      `<!doctype html><head>
        <script type="module" crossorigin src="/assets/index-abc.js"></script>
        <link rel="modulepreload" crossorigin href="/assets/react-def.js">
        <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
        <link rel="icon" href="/favicon.svg">
      </head>`,
    );
    expect(initialJsFiles(dist)).toEqual(["assets/index-abc.js", "assets/react-def.js"]);
  });
});
