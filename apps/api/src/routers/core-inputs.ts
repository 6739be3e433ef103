import {
  ChannelSchema,
  DebriefSchema,
  refuseUnsafeCharacters,
  StrategyIdSchema,
  TemplateIdSchema,
  ToneSchema,
} from "@rebound/core";
import { z } from "zod";
import { OptionalNowSchema } from "./shared-inputs.js";

/**
 * The inputs shared by the tRPC/REST procedures and the MCP tools, built from core's schemas
 * only (no server code), so the MCP stdio server can import them without the rest of the API.
 */

/** What a plan request carries: the debrief, optionally the instant to plan from and a tone for drafts. */
export const PlanBuildInputSchema = z.object({
  debrief: DebriefSchema,
  now: OptionalNowSchema,
  tone: ToneSchema.optional(),
});

/** Every draft a debrief's plan names, in one tone. */
export const DraftMessagesInputSchema = z.object({
  debrief: DebriefSchema,
  tone: ToneSchema.default("warm"),
  now: OptionalNowSchema,
});

const MAX_DRAFT_LENGTH = 20_000;

/** A draft (generated or written by hand) to check against the debrief and the guards. */
export const LintDraftInputSchema = z.object({
  text: z
    .string({ error: "text must be the draft's text." })
    .max(MAX_DRAFT_LENGTH, {
      error: `text is too long: at most ${MAX_DRAFT_LENGTH} characters.`,
    })
    .superRefine(refuseUnsafeCharacters("The draft")),
  debrief: DebriefSchema,
  channel: ChannelSchema,
  templateId: TemplateIdSchema.optional(),
});

export const ExplainStrategyInputSchema = z.object({ strategy: StrategyIdSchema });
