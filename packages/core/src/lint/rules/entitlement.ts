import type { LintRule } from "../lint-context.js";
import { matchSpans } from "../text-scan.js";

export const ENTITLEMENT =
  /\b(?:I deserve|I(?:'m| am) entitled|you owe me|I demand|I insist|I expect (?:a|an|your|to (?:hear|receive|get))\b|you (?:must|need to|have to|should) (?:call|reply|respond|get back|give|reconsider|hire|let me know)|I(?:'m| am) (?:obviously |clearly )?the best candidate)\b/gi;

export const entitlement: LintRule = (text) =>
  matchSpans(text, ENTITLEMENT).map((span) => ({
    ruleId: "entitlement",
    span,
    message: "This reads as a demand or as entitlement.",
    suggestion: 'Ask, don\'t demand: "I would welcome..." leaves them free to say yes.',
  }));
