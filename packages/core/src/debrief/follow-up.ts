import { z } from "zod";
import { isoDateTime } from "./text.js";

export const FollowUpChannelSchema = z.enum(["email", "phone", "handwritten-note", "other"]);

/** An outreach already made after the interview. */
export const FollowUpSchema = z.object({
  sentAt: isoDateTime("When you sent it"),
  channel: FollowUpChannelSchema.default("email"),
  answered: z.boolean().default(false),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;
