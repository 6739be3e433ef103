import type { ThemeTokens } from "@rebound/core";
import { useLayoutEffect } from "react";
import { themeToCssVars } from "./theme-vars";

/**
 * Apply the agency's theme to the whole document (the body's background is themed too) and
 * restore the app's own tokens when the widget unmounts.
 */
export function useTheme(
  theme: ThemeTokens | null,
  target: HTMLElement = document.documentElement,
): void {
  useLayoutEffect(() => {
    if (!theme) return;
    const vars = Object.entries(themeToCssVars(theme));
    for (const [name, value] of vars) target.style.setProperty(name, value);
    return () => {
      for (const [name] of vars) target.style.removeProperty(name);
    };
  }, [theme, target]);
}
