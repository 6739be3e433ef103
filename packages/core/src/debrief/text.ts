import { z } from "zod";
import { LIMITS } from "../text/limits.js";
import { refuseUnsafeCharacters } from "../text/refused-characters.js";
import { isTimeZoneName } from "../time/time-zone.js";

export { LIMITS } from "../text/limits.js";

/**
 * A trimmed string with a maximum length and a message a person can act on; control characters,
 * broken characters and direction overrides are refused (see `refused-characters.ts`).
 */
export function text(max: number, label: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${label} is required.` : `${label} must be text.`,
    })
    .trim()
    .max(max, { error: `${label} is too long: keep it under ${max} characters.` })
    .superRefine(refuseUnsafeCharacters(label));
}

/** Like `text`, but it may not be left empty. */
export function requiredText(max: number, label: string) {
  return text(max, label).min(1, { error: `${label} is required.` });
}

/** A short list of short notes ("what went well", "values"...). */
export function notes(label: string, max: number = LIMITS.listItems) {
  return z
    .array(requiredText(LIMITS.short, label))
    .max(max, { error: `${label}: list at most ${max} items.` })
    .default([]);
}

/** An ISO 8601 date-time with an offset, e.g. `2026-11-21T10:30:00Z`. */
export function isoDateTime(label: string) {
  return z.iso.datetime({
    offset: true,
    error: `${label} must be a date and time such as 2026-11-21T10:30:00Z.`,
  });
}

/** An IANA time zone name such as `Europe/London`, as browsers report it. */
export function timeZoneName(label: string) {
  return z
    .string({ error: `${label} must be a time zone name such as Europe/London.` })
    .refine(isTimeZoneName, {
      error: `${label} must be a time zone name such as Europe/London or America/New_York.`,
    });
}

export function emailAddress(label: string) {
  return z
    .email({ error: `${label} must be an email address such as ana@example.com.` })
    .max(LIMITS.email, { error: `${label} is too long.` });
}
