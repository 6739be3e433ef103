import type { FieldIssue } from "@rebound/core";

/**
 * What is wrong with an import file, in words a person can act on. Schema paths like
 * `records.2.debrief.interview.endedAt` mean nothing to them; "the third debrief" does.
 */
export function importProblem(issues: readonly FieldIssue[]): string {
  const first = issues[0];
  if (!first) return "The file could not be read as a Rebound journal export.";
  if (first.path === "" || first.path === "format" || first.path === "version") {
    return first.path === "" ? "This is not a Rebound journal export." : first.message;
  }
  const record = /^records\.(\d+)\b/.exec(first.path);
  if (record?.[1] !== undefined) {
    return `Debrief number ${Number(record[1]) + 1} in the file is damaged or was changed by hand (${first.message}).`;
  }
  return "The file does not look like a Rebound journal export.";
}
