import { z } from "zod";

/** Fonts the widget ships with: a fixed list, so a tenant can never inject a font URL or CSS. */
export const WIDGET_FONTS = [
  "system-ui",
  "Inter",
  "Georgia",
  "Helvetica Neue",
  "Arial",
  "Verdana",
  "Trebuchet MS",
  "Times New Roman",
] as const;
export const WidgetFontSchema = z.enum(WIDGET_FONTS);

const hexColour = (label: string) =>
  z.string({ error: `${label} must be text.` }).regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, {
    error: `${label} must be a hex colour such as #1a73e8.`,
  });

/**
 * Stripe-style appearance variables: a few named tokens, never arbitrary CSS, so a tenant's
 * theme cannot break the widget's layout or smuggle styles into it.
 */
export const ThemeTokensSchema = z.object({
  colorPrimary: hexColour("Primary colour").default("#2f5d50"),
  colorBackground: hexColour("Background colour").default("#ffffff"),
  colorText: hexColour("Text colour").default("#1f2328"),
  colorMuted: hexColour("Muted colour").default("#667085"),
  borderRadius: z
    .number({ error: "Border radius must be a number of pixels." })
    .int({ error: "Border radius must be a whole number of pixels." })
    .min(0, { error: "Border radius cannot be negative." })
    .max(24, { error: "Border radius is at most 24 pixels." })
    .default(8),
  fontFamily: WidgetFontSchema.default("system-ui"),
});
export type ThemeTokens = z.output<typeof ThemeTokensSchema>;
export type ThemeTokensInput = z.input<typeof ThemeTokensSchema>;
