import type { Finding } from "./finding.js";

/**
 * Apply a finding's one-click fix. A deletion also takes the space it leaves behind: one
 * neighbouring space inside a line, or the line break when it emptied a whole line, so no double
 * space, stray space or blank line is left. Findings without a fix leave the text as is.
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
  const lineEmptied =
    (before === "" || before.endsWith("\n")) && (after === "" || after.startsWith("\n"));
  if (!lineEmptied) return before + after;
  // Keep the wider of the two breaks around the emptied line (a paragraph break stays one).
  const breakBefore = /\n*$/.exec(before)?.[0] ?? "";
  const breakAfter = /^\n*/.exec(after)?.[0] ?? "";
  const kept =
    before === "" || after === ""
      ? ""
      : breakBefore.length >= breakAfter.length
        ? breakBefore
        : breakAfter;
  return (
    before.slice(0, before.length - breakBefore.length) + kept + after.slice(breakAfter.length)
  );
}
