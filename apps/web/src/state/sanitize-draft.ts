import { type DebriefDraft, parseDebriefDraft } from "@rebound/core";

function deleteAtPath(target: unknown, path: string): void {
  const keys = path.split(".");
  const last = keys.pop();
  let node: unknown = target;
  for (const key of keys) {
    if (typeof node !== "object" || node === null) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (last !== undefined && typeof node === "object" && node !== null) {
    Reflect.deleteProperty(node, last);
  }
}

/**
 * Read a stored draft back through core's draft schema. A value that no longer passes
 * (say an over-long note saved mid-typing) is dropped on its own, so one bad field never
 * costs the person the rest of their answers.
 */
export function sanitizeDraft(input: unknown): DebriefDraft {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return {};
  const copy: unknown = structuredClone(input);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const parsed = parseDebriefDraft(copy);
    if (parsed.ok) return parsed.value;
    const paths = parsed.error.issues.map((issue) => issue.path);
    if (paths.includes("")) return {};
    for (const path of paths) deleteAtPath(copy, path);
  }
  return {};
}
