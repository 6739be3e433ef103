import type { StrategyId, TemplateId } from "../ids.js";

/**
 * The strategies that are parts of a message rather than messages of their own (ADVICE.md "How
 * the messages fit together"), in the order a message carries them: the repair (correct the
 * record, own the disconnect, one apology, the circumstance), then the one request, and the
 * feedback question inside a gracious reply.
 */
export const SECTION_IDS = [
  "correct-record",
  "acknowledge-disconnect",
  "apologize-slip",
  "explain-circumstances",
  "request-call",
  "request-second-interview",
  "request-feedback",
] as const satisfies readonly StrategyId[];
export type SectionId = (typeof SECTION_IDS)[number];

const SECTIONS: ReadonlySet<StrategyId> = new Set<StrategyId>(SECTION_IDS);

export const isSectionId = (strategy: StrategyId): strategy is SectionId => SECTIONS.has(strategy);

/** The requests for more contact; a kit makes one at most (guard `contact-budget`). */
export const REQUEST_IDS = [
  "request-call",
  "phone-call",
  "request-second-interview",
] as const satisfies readonly StrategyId[];

/**
 * Once the thank-you has gone, the repair still to say travels in one email of its own, led by
 * the first of these the plan has: the kit's request, else the disconnect, else the circumstance.
 */
export const REPAIR_EMAIL_LEADS: readonly (readonly [SectionId, TemplateId])[] = [
  ["request-second-interview", "second-interview-request"],
  ["request-call", "call-request"],
  ["acknowledge-disconnect", "disconnect-email"],
  ["explain-circumstances", "circumstances-message"],
];
