import { type FieldErrors, get } from "react-hook-form";

function firstMessage(node: unknown, depth = 0): string | undefined {
  if (typeof node !== "object" || node === null || depth > 4) return undefined;
  if ("message" in node && typeof node.message === "string" && node.message) return node.message;
  for (const [key, child] of Object.entries(node)) {
    if (key === "ref" || key === "types") continue; // `ref` is a DOM element, not an error
    const message = firstMessage(child, depth + 1);
    if (message) return message;
  }
  return undefined;
}

/** The first validation message at or below a field path ("reflection.wentWell" finds an item's message too). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  return firstMessage(get(errors, path));
}
