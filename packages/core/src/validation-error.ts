import type { z } from "zod";

/** One problem with an input, at a field path a form can highlight. */
export interface FieldIssue {
  /** Dotted path, e.g. `slips.0.what`; empty for the whole input. */
  path: string;
  message: string;
}

/** The typed error every `parse*` function returns instead of throwing. */
export interface ValidationError {
  kind: "invalid-input";
  /** One sentence summarising the first problems, for a toast or a 400 body. */
  message: string;
  issues: FieldIssue[];
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

export function toValidationError(error: z.ZodError, what: string): ValidationError {
  return validationError(toFieldIssues(error), what);
}

/** The error for issues found by hand (a check no schema can make, such as one against `now`). */
export function validationError(issues: FieldIssue[], what: string): ValidationError {
  const shown = issues.slice(0, 3).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  return {
    kind: "invalid-input",
    message: `The ${what} is not valid. ${shown.join("; ")}${more}`,
    issues,
  };
}
