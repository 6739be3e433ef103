import { z } from "zod";
import { type WidgetConfig, WidgetConfigSchema } from "./widget-config";

/** Where the server puts the agency's settings in the /embed page (apps/api/src/http/embed-page.ts). */
export const INLINE_CONFIG_ID = "rebound-widget-config";

const InlineConfigSchema = z.object({
  key: z.string(),
  hostOrigin: z.string(),
  config: WidgetConfigSchema,
});

/**
 * The settings the server sent inside the page, when they are for this key and for the host the
 * browser says frames us; null otherwise (the widget then asks the API, which decides).
 */
export function readInlineConfig(
  doc: Document,
  expected: { key: string | null; hostOrigin: string | null },
): WidgetConfig | null {
  const text = doc.getElementById(INLINE_CONFIG_ID)?.textContent;
  if (!text || expected.key === null || expected.hostOrigin === null) return null;
  try {
    const parsed = InlineConfigSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const { key, hostOrigin, config } = parsed.data;
    return key === expected.key && hostOrigin === expected.hostOrigin ? config : null;
  } catch {
    return null;
  }
}
