import type { AgencyCopy } from "./agency-copy.js";
import { readableOn } from "./colour-contrast.js";
import { FONT_STACKS } from "./font-stacks.js";
import type { ThemeTokens } from "./theme-tokens.js";

/** What the host-page chrome (floating button, pop-up dialog) shows of an agency's brand. */
export interface SiteChrome {
  title: string;
  launcherLabel: string;
  primary: string;
  /** Text colour that reads on `primary`. */
  onPrimary: string;
  background: string;
  text: string;
  radius: number;
  /** A CSS font list of plain names, e.g. `Georgia, Times New Roman, serif`. */
  font: string;
}

/** The chrome's branding from the agency's theme and copy: the server sends it, the dashboard previews it. */
export function siteChrome(theme: ThemeTokens, copy: AgencyCopy): SiteChrome {
  return {
    title: copy.title,
    launcherLabel: copy.launcherLabel,
    primary: theme.colorPrimary,
    onPrimary: readableOn(theme.colorPrimary),
    background: theme.colorBackground,
    text: theme.colorText,
    radius: theme.borderRadius,
    font: FONT_STACKS[theme.fontFamily],
  };
}
