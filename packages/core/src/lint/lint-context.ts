import type { Debrief } from "../debrief/debrief.js";
import type { Channel, TemplateId } from "../plan/ids.js";
import { type DebriefFacts, debriefFacts } from "./debrief-facts.js";
import { DraftText } from "./draft-text.js";
import type { Finding } from "./finding.js";

/** What the linter knows besides the text: whose draft it is and where it is going. */
export interface LintContext {
  /** Read as an immutable value: what the rules derive from it is memoised per debrief object. */
  debrief: Debrief;
  channel: Channel;
  /** The template the draft came from, when it came from one (hand-written drafts have none). */
  templateId?: TemplateId;
  /** Overrides the channel's word limit. */
  wordLimit?: number;
}

/** What the rules read from the draft and the debrief, derived once and shared by all of them. */
export interface LintFacts {
  draft: DraftText;
  debrief: DebriefFacts;
}

export const lintFacts = (text: string, debrief: Debrief): LintFacts => ({
  draft: new DraftText(text),
  debrief: debriefFacts(debrief),
});

/**
 * One rule: reads the text, returns its findings (never throws). `lintDraft` passes the facts it
 * derived once for every rule; a rule called alone derives them itself.
 */
export type LintRule = (text: string, context: LintContext, facts?: LintFacts) => Finding[];
