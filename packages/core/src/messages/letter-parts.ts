import type { Tone } from "./message.js";
import type { Addressee } from "./slots.js";
import type { DraftPart } from "./template-definition.js";
import { joinList, pick } from "./text-tools.js";

/**
 * "Dear Ms Álvarez and Dr Natarajan," / "Hi José and Priya,": formal letters greet each person by
 * the address the person gave (or its suggestion), warm ones by the first name; "Hello," when
 * there is nobody to name. A formal letter to several people, some with a title and some without,
 * greets them all by their full names ("Dear Ruth Adeyemi and Owen Price,"), as a letter would
 * rather than "Dear Ms Adeyemi and Owen Price,".
 */
export function greeting(addressees: readonly Addressee[], tone: Tone): DraftPart {
  if (addressees.length === 0) return { text: "Hello," };
  const mixed =
    addressees.some((person) => person.formal === person.full) &&
    addressees.some((person) => person.formal !== person.full);
  const names = addressees.map((person) =>
    pick(tone, mixed ? person.full : person.formal, person.first),
  );
  return { text: `${pick(tone, "Dear", "Hi")} ${joinList(names)},` };
}

/**
 * Someone the person knows and asks a favour of (a reference): by their first name in either
 * tone, "Dear Priya," or "Hi Priya,", as nobody writes "Dear Priya Raman," to a former supervisor.
 */
export function greetingByFirstName(addressee: Addressee | null, tone: Tone): DraftPart {
  return greeting(addressee === null ? [] : [{ ...addressee, formal: addressee.first }], tone);
}

/** The closing line and, when known, the person's name (and contact details when asked for). */
export function signOff(tone: Tone, name: string | null, contact: string | null = null): DraftPart {
  const lines = [pick(tone, "Kind regards,", "Best wishes,"), name, contact].filter(
    (line): line is string => line !== null,
  );
  return { text: lines.join("\n") };
}
