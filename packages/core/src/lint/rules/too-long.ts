import { countWords, WORD_LIMITS, wordStartOffset } from "../../messages/word-limits.js";
import type { LintRule } from "../lint-context.js";

export const tooLong: LintRule = (text, { channel, wordLimit }) => {
  const limit = wordLimit ?? WORD_LIMITS[channel];
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
