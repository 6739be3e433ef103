import { describe, expect, it } from "vitest";
import { applyShadowStyles } from "./shadow-styles.js";
import { CHROME_CSS } from "./styles.js";

describe("applyShadowStyles", () => {
  it("adopts constructed sheets where the browser has them: nothing for a host CSP to block", () => {
    const root = document.createElement("div").attachShadow({ mode: "open" });
    applyShadowStyles(root, "n0nce").setDynamic(":host{--rb-height:300px}");
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.querySelectorAll("style")).toHaveLength(0);
  });

  it("falls back to <style> elements carrying the host's nonce, updated in place", () => {
    // A root without adoptedStyleSheets, as in browsers that predate constructable sheets.
    const root = document.createElement("div");
    const styles = applyShadowStyles(root as unknown as ShadowRoot, "n0nce");
    styles.setDynamic(":host{--rb-height:300px}");
    styles.setDynamic(":host{--rb-height:640px}");
    const elements = [...root.querySelectorAll("style")];
    expect(elements.map((style) => style.nonce)).toEqual(["n0nce", "n0nce"]);
    expect(elements.map((style) => style.textContent)).toEqual([
      CHROME_CSS,
      ":host{--rb-height:640px}",
    ]);
    expect(root.querySelectorAll("[style]")).toHaveLength(0);
  });
});
