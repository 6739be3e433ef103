import type { Debrief } from "../debrief/debrief.js";
import type { Channel, TemplateId } from "../plan/ids.js";
import type { Finding } from "./finding.js";

/** What the linter knows besides the text: whose draft it is and where it is going. */
export interface LintContext {
  debrief: Debrief;
  channel: Channel;
  /** The template the draft came from, when it came from one (hand-written drafts have none). */
  templateId?: TemplateId;
  /** Overrides the channel's word limit. */
  wordLimit?: number;
}

/** One rule: reads the text, returns its findings (never throws). */
export type LintRule = (text: string, context: LintContext) => Finding[];
