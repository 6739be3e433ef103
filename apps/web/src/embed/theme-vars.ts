import { FONT_STACKS, readableOn, type ThemeTokens, ThemeTokensSchema } from "@rebound/core";

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
