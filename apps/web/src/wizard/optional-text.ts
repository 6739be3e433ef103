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
