import { z } from "zod";

/** How a host page shows the widget. */
export const WidgetModeSchema = z.enum(["inline", "popup", "floatingButton"]);
export type WidgetMode = z.infer<typeof WidgetModeSchema>;

export const WidgetModesSchema = z
  .array(WidgetModeSchema)
  .min(1, { error: "Enable at least one widget mode." })
  .max(3)
  .refine((modes) => new Set(modes).size === modes.length, {
    error: "List each widget mode once.",
  });
