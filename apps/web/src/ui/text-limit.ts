import { countOf } from "@rebound/core";

/** Where a length stands against its limit: "near" from 90 %, so the warning comes in time. */
export type LimitLevel = "ok" | "near" | "over";

export function limitLevel(length: number, max: number): LimitLevel {
  if (length > max) return "over";
  return length >= Math.ceil(max * 0.9) ? "near" : "ok";
}

const CHARACTERS = { one: "character", other: "characters" };
const LINES = { one: "line", other: "lines" };

/** "185 of 200 characters". */
export const charactersOf = (length: number, max: number): string =>
  `${String(length)} of ${countOf(max, CHARACTERS)}`;

/** The items of a "one per line" list: trimmed, blank lines left out. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export interface NoteLines {
  lines: string[];
  /** The longest item, 1-based, and its length (0 and 0 for an empty list). */
  longest: { line: number; length: number };
  level: LimitLevel;
  /** The list holds as many items as it may. */
  full: boolean;
}

export function noteLines(text: string, maxLength: number, maxItems: number): NoteLines {
  const lines = linesOf(text);
  let longest = { line: 0, length: 0 };
  lines.forEach((line, index) => {
    // UTF-16 units, as core's schema counts them: the counter and the check never disagree.
    const length = line.length;
    if (length > longest.length) longest = { line: index + 1, length };
  });
  return {
    lines,
    longest,
    level: limitLevel(longest.length, maxLength),
    full: lines.length >= maxItems,
  };
}

/** What the counter under a list shows: "3 of 10 lines · longest 185 of 200 characters". */
export function noteLinesSummary(state: NoteLines, maxLength: number, maxItems: number): string {
  const items = `${String(state.lines.length)} of ${countOf(maxItems, LINES)}`;
  if (state.longest.length === 0) return items;
  if (state.level === "over")
    return `${items} · line ${String(state.longest.line)} has ${countOf(state.longest.length, CHARACTERS)}: keep each to ${String(maxLength)}`;
  return `${items} · longest ${charactersOf(state.longest.length, maxLength)}`;
}

/**
 * What a screen reader hears, politely: only when a threshold is crossed, never a running count
 * (the text is the same from one keystroke to the next, so the live region stays quiet).
 */
export function limitAnnouncement(level: LimitLevel, maxLength: number, what: string): string {
  if (level === "near") return `${what} is close to the ${String(maxLength)}-character limit.`;
  if (level === "over") return `${what} is over the ${String(maxLength)}-character limit.`;
  return "";
}
