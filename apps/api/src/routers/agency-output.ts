import { AgencyCopySchema, ThemeTokensSchema, WidgetModeSchema } from "@rebound/core";
import { z } from "zod";

/** What a tenant reads back about itself: never a key hash. */
export const AgencyOutputSchema = z.object({
  id: z.string(),
  name: z.string(),
  publishableKey: z.string(),
  origins: z.array(z.string()),
  theme: ThemeTokensSchema,
  copy: AgencyCopySchema,
  modes: z.array(WidgetModeSchema),
});
