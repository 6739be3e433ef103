import type { Finding } from "./finding.js";

/**
 * Apply a finding's one-click fix. A deletion also takes one neighbouring space so no double
 * space or stray space before a line break is left. Findings without a fix leave the text as is.
 */
export function applyFix(text: string, finding: Finding): string {
  if (finding.replacement === undefined) return text;
  const { start, end } = finding.span;
  if (start > end || end > text.length) return text;
  if (finding.replacement !== "")
    return text.slice(0, start) + finding.replacement + text.slice(end);
  let before = text.slice(0, start);
  let after = text.slice(end);
  if (after.startsWith(" ")) after = after.slice(1);
  else if (before.endsWith(" ")) before = before.slice(0, -1);
  return before + after;
}
