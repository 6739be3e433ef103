import { z } from "zod";
import { ChannelSchema, StrategyIdSchema, TemplateIdSchema } from "../plan/ids.js";

export const ToneSchema = z.enum(["formal", "warm"]);
export type Tone = z.infer<typeof ToneSchema>;

/** A drafted message: plain text, every slot filled, within its channel's word limit. */
export const MessageSchema = z.object({
  templateId: TemplateIdSchema,
  /** The plan step this draft serves. */
  strategy: StrategyIdSchema,
  channel: ChannelSchema,
  tone: ToneSchema,
  /** Names of the people it is addressed to, as the person typed them. */
  to: z.array(z.string().max(80)),
  /** Email subject; null for notes and call scripts. */
  subject: z.string().max(200).nullable(),
  body: z.string().max(10_000),
  wordLimit: z.number().int().positive(),
});
export type Message = z.infer<typeof MessageSchema>;
