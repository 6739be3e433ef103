import type { DebriefDraft } from "@rebound/core";

/**
 * Fold one wizard step's values into the draft. Object sections merge field by field (a
 * step may own only part of a section); lists replace; an optional section switched off
 * (undefined) is removed.
 */
export function mergeStep(draft: DebriefDraft, values: Record<string, unknown>): DebriefDraft {
  const next: Record<string, unknown> = { ...draft };
  for (const [key, value] of Object.entries(values)) {
    const previous = next[key];
    if (value === undefined) Reflect.deleteProperty(next, key);
    else if (Array.isArray(value) || typeof value !== "object" || value === null) next[key] = value;
    else if (typeof previous === "object" && previous !== null && !Array.isArray(previous)) {
      next[key] = { ...previous, ...value };
    } else next[key] = { ...value };
  }
  // The step forms are built from core's own section schemas, so the shape is the draft's.
  const merged: DebriefDraft = next;
  return merged;
}
