import { countWords, WORD_LIMITS, wordStartOffset } from "../../messages/word-limits.js";
import type { LintRule } from "../lint-context.js";

export const tooLong: LintRule = (text, { channel, wordLimit }) => {
  const limit = wordLimit ?? WORD_LIMITS[channel];
  // Words are separated by spaces, so a text of n characters has at most (n + 1) / 2 of them.
  if ((text.length + 1) / 2 <= limit) return [];
  const words = countWords(text);
  if (words <= limit) return [];
  const start = wordStartOffset(text, limit);
  if (start === undefined) return [];
  return [
    {
      ruleId: "too-long",
      span: { start, end: text.trimEnd().length },
      message: `${words} words: over the ${limit}-word limit for this channel by ${words - limit}.`,
      suggestion: "Cut to the essentials: thanks, fit, at most one specific point, a warm close.",
    },
  ];
};
