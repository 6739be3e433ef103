/** An optional text box left empty means "no answer", not an empty string in the debrief. */
export function optionalText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  return value.trim() === "" ? undefined : value;
}

/** A number box left empty means "no answer"; anything else is handed to the schema to judge. */
export function optionalNumber(value: unknown): number | undefined {
  if (value === "" || value === null || value === undefined) return undefined;
  return typeof value === "number" ? value : Number(value);
}

/** Register options for an optional text box (see `optionalText`). */
export const OPTIONAL_TEXT = { setValueAs: optionalText } as const;

/** Register options for an optional number box (see `optionalNumber`). */
export const OPTIONAL_NUMBER = { setValueAs: optionalNumber } as const;
