import { type Step, TEMPLATE_CATALOGUE } from "@rebound/core";

/**
 * The message a step is said in when it is a part of another step's message ("thank-you email"
 * for the one-line apology), or null when the step is a message of its own or work done alone.
 */
export function carriedIn(step: Step): string | null {
  const templateId = step.templates[0];
  const entry = TEMPLATE_CATALOGUE.find((template) => template.id === templateId);
  if (entry === undefined || entry.strategy === step.strategy) return null;
  return entry.title.charAt(0).toLowerCase() + entry.title.slice(1);
}
