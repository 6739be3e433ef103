import type { z } from "zod";
import { nounFor } from "../text/plural.js";

const quoteList = (values: readonly unknown[]) =>
  values.map((value) => `"${String(value)}"`).join(", ");

const EXPECTED: Readonly<Record<string, string>> = {
  boolean: "Answer true or false.",
  array: "This must be a list.",
  object: "This must be a group of answers (an object).",
  string: "This must be text.",
  number: "This must be a number.",
};

/**
 * Messages a person can act on for the issues our schemas leave to zod's defaults (a missing
 * section, an unknown option, a wrong type). Fields with their own message keep it: a schema's
 * message wins over this per-parse map.
 */
export const debriefIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      // Keeps zod's "Invalid input" opening: the web app recognises a skipped section by it.
      if (issue.input === undefined) return "Invalid input: this is required.";
      return EXPECTED[issue.expected] ?? undefined;
    case "invalid_value":
      return `Choose one of ${quoteList(issue.values)}.`;
    case "unrecognized_keys":
      return `Unknown ${nounFor(issue.keys.length, { one: "field", other: "fields" })}: ${issue.keys.join(", ")}.`;
    default:
      return undefined;
  }
};
