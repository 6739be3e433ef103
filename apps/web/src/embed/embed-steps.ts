import { WIZARD_STEPS } from "../wizard/steps";

/** A step id for the host's analytics: a slug of the step's title, never anything the person typed. */
export function stepId(index: number): string {
  const title = WIZARD_STEPS[index]?.title ?? "step";
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 64) || "step"
  );
}

export const EMBED_TOTAL = WIZARD_STEPS.length;
