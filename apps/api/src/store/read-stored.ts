import { withoutRefusedCharacters } from "@rebound/core";
import type { z } from "zod";

/** Every string in a JSON value without the characters today's text fields refuse. */
function cleaned(value: unknown): unknown {
  if (typeof value === "string") return withoutRefusedCharacters(value);
  if (Array.isArray(value)) return value.map(cleaned);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleaned(item)]));
}

/**
 * A stored record read through today's schema. Text stored before a character was refused
 * (a direction override in a name, say) is read with that character dropped instead of failing
 * the request; a record that still does not fit is a stored record we cannot show: null.
 */
export function readStored<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const again = schema.safeParse(cleaned(value));
  return again.success ? again.data : null;
}
