import type { FieldIssue } from "@rebound/core";

interface Parser {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function collect(raw: unknown, parsed: unknown, path: string[], issues: FieldIssue[]): void {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    raw.forEach((item, index) => collect(item, parsed[index], [...path, String(index)], issues));
    return;
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return;
  for (const [key, value] of Object.entries(raw)) {
    const at = [...path, key];
    if (Object.hasOwn(parsed, key)) collect(value, parsed[key], at, issues);
    else
      issues.push({
        path: at.join("."),
        message: "Unknown field: it is not part of this operation's input (check its spelling).",
      });
  }
}

/**
 * The fields of a valid input that its schema does not know. Core's object schemas drop unknown
 * keys (the web app relies on that to restore drafts saved by older versions), so the API's
 * boundary compares what was sent with what the schema kept: a misspelt optional field is
 * refused with its path instead of silently ignored. An invalid input returns no issues here:
 * the procedure answers it with its own 400.
 */
export function unknownFieldIssues(schema: Parser, input: unknown): FieldIssue[] {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return [];
  const issues: FieldIssue[] = [];
  collect(input, parsed.data, [], issues);
  return issues;
}
