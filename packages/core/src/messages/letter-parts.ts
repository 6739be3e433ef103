import type { Tone } from "./message.js";
import type { DraftPart } from "./template-definition.js";
import { joinList, pick } from "./text-tools.js";

/** "Dear Marie Dubois," / "Hi Marie Dubois," with names exactly as typed, or a neutral "Hello,". */
export function greeting(names: readonly string[], tone: Tone): DraftPart {
  if (names.length === 0) return { text: "Hello," };
  return { text: `${pick(tone, "Dear", "Hi")} ${joinList(names)},` };
}

/** The closing line and, when known, the person's name (and contact details when asked for). */
export function signOff(tone: Tone, name: string | null, contact: string | null = null): DraftPart {
  const lines = [pick(tone, "Kind regards,", "Best wishes,"), name, contact].filter(
    (line): line is string => line !== null,
  );
  return { text: lines.join("\n") };
}
