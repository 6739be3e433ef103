import type { z } from "zod";

/**
 * Characters no text field accepts:
 * - control characters other than tab and line breaks (C0 and C1, NUL among them): invisible,
 *   and PostgreSQL cannot store NUL in text at all;
 * - lone surrogates (half of an emoji or other astral character): not text, and not storable
 *   as UTF-8;
 * - the explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *   U+2066–U+2069): invisible, they reorder what a reader sees ("Trojan Source"), so a name or
 *   a note could show one thing in a draft and say another. The implicit marks (U+200E, U+200F,
 *   U+061C) stay allowed: right-to-left writing needs them and they cannot reorder text.
 *
 * With the `u` flag, `\p{Cs}` matches only a surrogate that is not part of a pair.
 */
const REFUSED =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
const REFUSED_EVERYWHERE = new RegExp(REFUSED.source, "gu");

export type RefusedCharacterKind = "control" | "broken" | "direction";

/** The first refused character's kind, or null when the text is clean. */
export function refusedCharacterIn(text: string): RefusedCharacterKind | null {
  const match = REFUSED.exec(text);
  if (match === null) return null;
  const code = match[0].charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return "broken";
  return code >= 0x202a ? "direction" : "control";
}

/** Plain words for each kind, naming the field. */
export function refusedCharacterMessage(label: string, kind: RefusedCharacterKind): string {
  switch (kind) {
    case "control":
      return `${label} contains an invisible control character (such as NUL): remove it.`;
    case "broken":
      return `${label} contains a broken character (half of an emoji or symbol): retype it.`;
    case "direction":
      return `${label} contains an invisible character that reverses the text's direction (such as U+202E), which could disguise what it says: remove it.`;
  }
}

/** The text without any refused character: for reading back data stored under older rules. */
export function withoutRefusedCharacters(text: string): string {
  return text.replace(REFUSED_EVERYWHERE, "");
}

/** A zod refinement for any string field: `z.string().superRefine(refuseUnsafeCharacters("Title"))`. */
export function refuseUnsafeCharacters(label: string) {
  return (value: string, ctx: z.RefinementCtx<string>): void => {
    const kind = refusedCharacterIn(value);
    if (kind !== null)
      ctx.addIssue({ code: "custom", message: refusedCharacterMessage(label, kind) });
  };
}
