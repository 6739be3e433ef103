import type { LintRule } from "../lint-context.js";
import { matchSpans } from "../text-scan.js";

export const GROVELLING =
  /\b(?:I(?:'m| am) begging|I beg(?: you)?|begging you|please,? please|I don'?t deserve|I(?:'m| am) not worthy|I(?:'ll| will) do anything|desperate(?:ly)?|(?:give|grant) me (?:just )?(?:one more|another|a second) chance|I know I(?:'m| am) not good enough)\b/gi;

export const grovelling: LintRule = (text) =>
  matchSpans(text, GROVELLING).map((span) => ({
    ruleId: "grovelling",
    span,
    message: "This reads as begging.",
    suggestion:
      "Keep your dignity: state your interest and what you offer, plainly and confidently.",
  }));
