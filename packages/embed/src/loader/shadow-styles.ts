import { CHROME_CSS } from "./styles.js";

export interface ShadowStyles {
  /** Replaces the run-time rules (e.g. the frame height) without touching any style attribute. */
  setDynamic(css: string): void;
}

/**
 * Constructable stylesheets are not subject to a host's CSP `style-src`, so they come first; where a
 * browser lacks them, `<style>` elements carry the host's nonce.
 */
export function applyShadowStyles(root: ShadowRoot, nonce?: string): ShadowStyles {
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet.prototype.replaceSync === "function") {
    const base = new CSSStyleSheet();
    base.replaceSync(CHROME_CSS);
    const dynamic = new CSSStyleSheet();
    root.adoptedStyleSheets = [base, dynamic];
    return { setDynamic: (css) => dynamic.replaceSync(css) };
  }
  const makeStyle = (css: string): HTMLStyleElement => {
    const style = document.createElement("style");
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.appendChild(style);
    return style;
  };
  makeStyle(CHROME_CSS);
  const dynamic = makeStyle("");
  return {
    setDynamic: (css) => {
      dynamic.textContent = css;
    },
  };
}
