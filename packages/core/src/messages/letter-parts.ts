import type { Tone } from "./message.js";
import type { Addressee } from "./slots.js";
import type { DraftPart } from "./template-definition.js";
import { joinList, pick } from "./text-tools.js";

/**
 * "Dear Ms Álvarez and Dr Natarajan," / "Hi José and Priya,": formal letters greet each person by
 * the address the person gave (or its suggestion), warm ones by the first name; "Hello," when
 * there is nobody to name.
 */
export function greeting(addressees: readonly Addressee[], tone: Tone): DraftPart {
  if (addressees.length === 0) return { text: "Hello," };
  const names = addressees.map((person) => pick(tone, person.formal, person.first));
  return { text: `${pick(tone, "Dear", "Hi")} ${joinList(names)},` };
}

/** The closing line and, when known, the person's name (and contact details when asked for). */
export function signOff(tone: Tone, name: string | null, contact: string | null = null): DraftPart {
  const lines = [pick(tone, "Kind regards,", "Best wishes,"), name, contact].filter(
    (line): line is string => line !== null,
  );
  return { text: lines.join("\n") };
}
