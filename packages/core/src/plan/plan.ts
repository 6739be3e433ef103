import { z } from "zod";
import { CandidacyStatusSchema } from "../debrief/sections.js";
import {
  ChannelSchema,
  DisagreementIdSchema,
  GuardIdSchema,
  SourceKeySchema,
  StrategyIdSchema,
  TemplateIdSchema,
} from "./ids.js";

/** A citation: the article and who or which step in it said so. */
export const SourceRefSchema = z.object({
  key: SourceKeySchema,
  /** The expert or the step, e.g. "Hickman" or "step 4". */
  detail: z.string().max(100),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** When a step should happen. `latest` is null for open-ended steps (lessons, move on). */
export const WindowSchema = z.object({
  earliest: z.iso.datetime({ offset: true }),
  latest: z.iso.datetime({ offset: true }).nullable(),
});
export type Window = z.infer<typeof WindowSchema>;

export const StepSchema = z.object({
  strategy: StrategyIdSchema,
  title: z.string().max(120),
  window: WindowSchema,
  channel: ChannelSchema,
  templates: z.array(TemplateIdSchema),
  /** Why this step, in the person's own situation. */
  rationale: z.string().max(600),
  sources: z.array(SourceRefSchema).min(1),
  /** True when the step contacts the employer (or a reference) rather than the person alone. */
  outreach: z.boolean(),
  /** Set on a step offered instead of another (a phone call instead of a written call request). */
  alternativeTo: StrategyIdSchema.optional(),
});
export type Step = z.infer<typeof StepSchema>;

/** A guard that shapes this plan, with what it means here. */
export const GuardInForceSchema = z.object({
  id: GuardIdSchema,
  explanation: z.string().max(400),
  sources: z.array(SourceRefSchema).min(1),
});
export type GuardInForce = z.infer<typeof GuardInForceSchema>;

export const DisagreementSideSchema = z.object({
  expert: z.string().max(80),
  source: SourceKeySchema,
  position: z.string().max(300),
});

/** Where the experts disagree, both sides shown, and which side the person's facts pick. */
export const DisagreementSchema = z.object({
  id: DisagreementIdSchema,
  topic: z.string().max(120),
  sides: z.array(DisagreementSideSchema).min(2),
  pick: z.string().max(300),
  why: z.string().max(400),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

export const PlanSchema = z.object({
  generatedAt: z.iso.datetime({ offset: true }),
  status: CandidacyStatusSchema,
  /** Until when every outreach is held; null when no cool-off is needed. */
  coolOffUntil: z.iso.datetime({ offset: true }).nullable(),
  steps: z.array(StepSchema),
  guards: z.array(GuardInForceSchema),
  disagreements: z.array(DisagreementSchema),
});
export type Plan = z.infer<typeof PlanSchema>;
