import { AA_TEXT, contrastRatio, type ThemeTokens } from "@rebound/core";

/** Pairs the widget actually draws, checked against WCAG AA so an agency sees a problem before candidates do. */
export function contrastWarnings(theme: ThemeTokens): string[] {
  const pairs: [string, string, string][] = [
    ["Text", theme.colorText, theme.colorBackground],
    ["Muted text", theme.colorMuted, theme.colorBackground],
    ["Links and outlines (primary)", theme.colorPrimary, theme.colorBackground],
  ];
  return pairs.flatMap(([what, foreground, background]) => {
    const ratio = contrastRatio(foreground, background);
    return ratio < AA_TEXT
      ? [
          `${what} on the background is ${ratio.toFixed(1)}:1; readable text needs at least ${String(AA_TEXT)}:1.`,
        ]
      : [];
  });
}
