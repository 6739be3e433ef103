import type { ThemeTokens } from "./theme-tokens.js";

/**
 * CSS font lists for the fixed fonts a tenant picks from: the font, then look-alikes, then its
 * generic family, so a machine without it still shows a serif for a serif. Plain identifiers only
 * (no quotes), so a list is safe to place in any stylesheet.
 */
export const FONT_STACKS: Record<ThemeTokens["fontFamily"], string> = {
  "system-ui": "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif",
  Inter: "Inter, system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
  Georgia: "Georgia, Times New Roman, serif",
  "Helvetica Neue": "Helvetica Neue, Helvetica, Arial, sans-serif",
  Arial: "Arial, Helvetica, sans-serif",
  Verdana: "Verdana, Geneva, sans-serif",
  "Trebuchet MS": "Trebuchet MS, Helvetica, sans-serif",
  "Times New Roman": "Times New Roman, Times, serif",
};
