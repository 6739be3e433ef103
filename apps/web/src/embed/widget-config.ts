import { AgencyCopySchema, ThemeTokensSchema, WidgetModeSchema } from "@rebound/core";
import { z } from "zod";

/** What the widget needs from the agency record (the API's `widget.config`, or the dashboard's draft). */
export const WidgetConfigSchema = z.object({
  agencyName: z.string().trim().min(1).max(120),
  theme: ThemeTokensSchema,
  copy: AgencyCopySchema,
  modes: z.array(WidgetModeSchema).max(3),
});
export type WidgetConfig = z.output<typeof WidgetConfigSchema>;

/** The dashboard posts its unsaved settings to the preview frame with this type. */
export const PREVIEW_MESSAGE = "rebound-preview";
/** The preview frame asks for the settings once it listens (its code loads after the frame's load event). */
export const PREVIEW_READY = "rebound-preview-ready";

const PreviewMessageSchema = z.object({
  type: z.literal(PREVIEW_MESSAGE),
  config: WidgetConfigSchema,
});

/** A preview message's config, or null when the data is anything else. */
export function parsePreviewMessage(data: unknown): WidgetConfig | null {
  const parsed = PreviewMessageSchema.safeParse(data);
  return parsed.success ? parsed.data.config : null;
}
