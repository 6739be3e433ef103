import { z } from "zod";
import { DebriefSchema } from "../debrief/debrief.js";
import { refuseUnsafeCharacters } from "../text/refused-characters.js";

/**
 * What a candidate chooses to send an agency: who they are, how to reach them and the plan's
 * headline. The raw debrief travels only when they tick the box for it.
 */
export const ShareSummarySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Your name is required." })
    .max(80, { error: "Your name: at most 80 characters." })
    .superRefine(refuseUnsafeCharacters("Your name")),
  contact: z
    .string()
    .trim()
    .min(1, { error: "A way to reach you is required." })
    .max(254, { error: "Contact: at most 254 characters." })
    .superRefine(refuseUnsafeCharacters("Contact")),
  role: z
    .string()
    .trim()
    .max(200, { error: "Role: at most 200 characters." })
    .superRefine(refuseUnsafeCharacters("Role"))
    .optional(),
  planHeadline: z
    .string()
    .trim()
    .min(1, { error: "The plan headline is required." })
    .max(300, { error: "Plan headline: at most 300 characters." })
    .superRefine(refuseUnsafeCharacters("Plan headline")),
  debrief: DebriefSchema.optional(),
});
export type ShareSummary = z.output<typeof ShareSummarySchema>;
export type ShareSummaryInput = z.input<typeof ShareSummarySchema>;
