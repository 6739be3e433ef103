import type { z } from "zod";

/** First message per top-level field (or per list index, as "origins.2"), for inline errors. */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    found[path] ??= issue.message;
  }
  return found;
}
