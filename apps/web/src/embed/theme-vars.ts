import { type ThemeTokens, ThemeTokensSchema } from "@rebound/core";
import { readableOn } from "./contrast";

/** Font stacks for core's fixed font list: a tenant picks a name, never a CSS value. */
const FONT_STACKS: Record<ThemeTokens["fontFamily"], string> = {
  "system-ui": 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  Inter: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  Georgia: 'Georgia, "Times New Roman", serif',
  "Helvetica Neue": '"Helvetica Neue", Helvetica, Arial, sans-serif',
  Arial: "Arial, Helvetica, sans-serif",
  Verdana: "Verdana, Geneva, sans-serif",
  "Trebuchet MS": '"Trebuchet MS", Helvetica, sans-serif',
  "Times New Roman": '"Times New Roman", Times, serif',
};

export type CssVars = Record<`--rb-${string}`, string>;

/**
 * Map the agency's Stripe-style tokens onto the app's own custom properties. Every value
 * comes out of core's schema (hex colours, a bounded integer, a font from a list), so
 * nothing a tenant types can become arbitrary CSS.
 */
export function themeToCssVars(theme: ThemeTokens): CssVars {
  return {
    "--rb-color-primary": theme.colorPrimary,
    "--rb-color-primary-contrast": readableOn(theme.colorPrimary),
    "--rb-color-background": theme.colorBackground,
    "--rb-color-surface": theme.colorBackground,
    "--rb-color-text": theme.colorText,
    "--rb-color-muted": theme.colorMuted,
    "--rb-radius": `${String(theme.borderRadius)}px`,
    "--rb-font-family": FONT_STACKS[theme.fontFamily],
  };
}

/** Tokens from anywhere (the API, a preview message) go through core's schema first; null when invalid. */
export function parseTheme(input: unknown): ThemeTokens | null {
  const parsed = ThemeTokensSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}
