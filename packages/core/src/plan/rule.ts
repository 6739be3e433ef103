import type { Debrief } from "../debrief/debrief.js";
import type { PlanContext } from "./context.js";
import type { Channel, DisagreementId, GuardId, StrategyId, TemplateId } from "./ids.js";
import type { Disagreement, SourceRef, Step, Window } from "./plan.js";

/** One strategy of ADVICE.md as data: when it applies and the step it adds. */
export interface StrategyRule {
  id: StrategyId;
  title: string;
  summary: string;
  sources: readonly SourceRef[];
  applies(debrief: Debrief, ctx: PlanContext): boolean;
  step(debrief: Debrief, ctx: PlanContext): Step;
}

/** A safety net run after the rules: it removes or moves steps the plan must never contain. */
export interface GuardRule {
  id: GuardId;
  title: string;
  summary: string;
  sources: readonly SourceRef[];
  /** Whether the guard shapes this person's plan (listed in Plan.guards). */
  inForce(debrief: Debrief, ctx: PlanContext): boolean;
  /** What it means here, given the plan's steps once every guard has run. */
  explanation(debrief: Debrief, steps: readonly Step[], ctx: PlanContext): string;
  /** Always run, in force or not: enforcing must be harmless when nothing is wrong. */
  enforce(steps: readonly Step[], debrief: Debrief, ctx: PlanContext): Step[];
}

export interface DisagreementRule {
  id: DisagreementId;
  applies(debrief: Debrief, ctx: PlanContext, steps: readonly Step[]): boolean;
  build(debrief: Debrief, ctx: PlanContext, steps: readonly Step[]): Disagreement;
}

/** Cut free text the person typed so that prose built around it stays within schema limits. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

interface StepParts {
  window: Window;
  channel: Channel;
  templates?: TemplateId[];
  rationale: string;
  title?: string;
  alternativeTo?: StrategyId;
}

/** Build a step for a rule: its id, title and sources come from the rule; outreach from the channel. */
export function makeStep(
  rule: Pick<StrategyRule, "id" | "title" | "sources">,
  parts: StepParts,
): Step {
  const step: Step = {
    strategy: rule.id,
    title: clip(parts.title ?? rule.title, 120),
    window: parts.window,
    channel: parts.channel,
    templates: parts.templates ?? [],
    rationale: clip(parts.rationale, 600),
    sources: [...rule.sources],
    outreach: parts.channel !== "self",
  };
  // Added last, as the spread it replaces did: one object per step, not two.
  if (parts.alternativeTo !== undefined) step.alternativeTo = parts.alternativeTo;
  return step;
}
