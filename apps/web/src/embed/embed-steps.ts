/** A step id for the host's analytics: the step's own id, never anything the person typed. */
export function stepId(id: string): string {
  return id.slice(0, 64) || "step";
}
