import type { Channel, StrategyId, TemplateId } from "../plan/ids.js";
import type { Tone } from "./message.js";
import type { Slots } from "./slots.js";

import type { SectionId } from "../plan/compose/sections.js";

export type { SectionId };

export interface RenderContext {
  tone: Tone;
  /** Sections the message plan gives this message (`planMessages`): each said in one message only. */
  sections: ReadonlySet<SectionId>;
}

/**
 * One paragraph (or one talking point) of a draft. `drop` marks an optional part: when the
 * draft is too long, the highest `drop` goes first; essential parts have none.
 */
export interface DraftPart {
  text: string;
  drop?: number;
}

export interface DraftSkeleton {
  /** Who it is addressed to, names as typed: the interviewers, or the reference for a tip-off. */
  to: string[];
  subject: string | null;
  parts: DraftPart[];
  /** Between parts: a blank line for letters, a line break for talking points. */
  separator: string;
}

/** A template, typed by the slots it reads. */
export interface TemplateDefinition<K extends keyof Slots = keyof Slots> {
  id: TemplateId;
  title: string;
  channel: Channel;
  /** The strategy it serves when no plan step names it. */
  strategy: StrategyId;
  render: (slots: Pick<Slots, K>, context: RenderContext) => DraftSkeleton;
}

export function defineTemplate<K extends keyof Slots>(
  definition: TemplateDefinition<K>,
): TemplateDefinition<K> {
  return definition;
}
