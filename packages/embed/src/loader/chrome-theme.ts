import type { SiteChrome } from "./site-check.js";

/**
 * The agency's branding as custom properties for the chrome's sheet. Every value was checked by
 * `parseSiteStatus` (hex colours, a bounded integer, a font list of plain names).
 */
export function chromeThemeCss(chrome: SiteChrome): string {
  return (
    `:host{--rb-primary:${chrome.primary};--rb-on-primary:${chrome.onPrimary};` +
    `--rb-bg:${chrome.background};--rb-ink:${chrome.text};--rb-radius:${String(chrome.radius)}px;` +
    `--rb-font:${chrome.font}}`
  );
}
