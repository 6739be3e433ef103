import { siteChrome, WidgetModeSchema, type WidgetMode } from "@rebound/core";
import { z } from "zod";
import type { Context } from "../context.js";
import { findAgencyByPublishableKey, type Agency } from "../store/agencies.js";
import { publicProcedure } from "../trpc.js";

const REFUSAL_REASONS = ["unknownKey", "originNotAllowed", "modeDisabled"] as const;

/** What the loader needs before it frames anything: may this page show the widget, and in whose colours. */
export const SiteStatusSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("ok"),
    chrome: z.object({
      title: z.string(),
      launcherLabel: z.string(),
      primary: z.string(),
      onPrimary: z.string(),
      background: z.string(),
      text: z.string(),
      radius: z.number().int(),
      font: z.string(),
    }),
  }),
  z.object({
    status: z.literal("refused"),
    reason: z.enum(REFUSAL_REASONS),
    /** For the developer (the loader prints it in the console): what to change, and where. */
    message: z.string(),
  }),
]);
export type SiteStatus = z.output<typeof SiteStatusSchema>;

const MODE_NAMES: Record<WidgetMode, string> = {
  inline: "inline",
  popup: "pop-up",
  floatingButton: "floating button",
};
const LEAD = "The Rebound widget will not show on this page:";

function refused(reason: (typeof REFUSAL_REASONS)[number], why: string): SiteStatus {
  return { status: "refused", reason, message: `${LEAD} ${why}` };
}

function originRefusal(origin: string | null): SiteStatus {
  if (origin === null || origin === "null")
    return refused(
      "originNotAllowed",
      "the page has no web origin (opened from a file?). Serve it from http://localhost:PORT or http://127.0.0.1:PORT and add that origin under “Allowed sites” in your Rebound dashboard.",
    );
  return refused(
    "originNotAllowed",
    `${origin} is not one of this agency's allowed sites. Add it under “Allowed sites” in your Rebound dashboard, exactly as scheme, host and port (for local testing, http://localhost:PORT and http://127.0.0.1:PORT are allowed).`,
  );
}

/**
 * The same decisions the widget's frame makes (known key, allowed origin, enabled mode), taken
 * before any frame exists so the host page learns at once why the widget will not show.
 */
export function siteStatus(
  agency: Agency | null,
  origin: string | null,
  mode: WidgetMode,
  key: string,
  server: string | null,
): SiteStatus {
  if (!agency)
    return refused(
      "unknownKey",
      `the publishable key ${key.slice(0, 80)} is not known to ${server ?? "this Rebound server"}. Copy the snippet again from your Rebound dashboard: it carries your key.`,
    );
  if (origin === null || !agency.origins.includes(origin)) return originRefusal(origin);
  if (!agency.modes.includes(mode)) {
    const enabled = agency.modes.map((m) => MODE_NAMES[m]).join(", ");
    return refused(
      "modeDisabled",
      `the ${MODE_NAMES[mode]} mode is switched off for this agency. Switch it on under “Display modes” in your Rebound dashboard, or use one that is on (${enabled}).`,
    );
  }
  return { status: "ok", chrome: siteChrome(agency.theme, agency.copy) };
}

async function answer(
  ctx: Context,
  input: { key: string; mode: WidgetMode; hostOrigin?: string | undefined },
) {
  const agency = /^pk_[A-Za-z0-9_-]{10,64}$/.test(input.key)
    ? await findAgencyByPublishableKey(ctx.db, input.key)
    : null;
  // A browser's fetch says where the page is (Origin); `hostOrigin` serves callers without one (curl).
  const origin = ctx.requestOrigin ?? input.hostOrigin ?? null;
  return siteStatus(agency, origin, input.mode, input.key, ctx.ownOrigin);
}

/**
 * `GET /api/v1/widget/status?key=pk_…&mode=popup`: public, readable from any origin (a refused
 * site must be able to read why), never cached, and it reveals nothing an agency's pages do not.
 */
export const widgetStatusProcedure = publicProcedure
  .meta({
    openapi: {
      protect: false,
      method: "GET",
      path: "/widget/status",
      tags: ["widget"],
      summary: "Whether the calling page may show the widget, and its launcher's branding",
    },
  })
  .input(
    z.object({
      key: z.string({ error: "key must be text." }).max(200, { error: "key is too long." }),
      mode: WidgetModeSchema.default("inline"),
      hostOrigin: z.string().max(200, { error: "hostOrigin is too long." }).optional(),
    }),
  )
  .output(SiteStatusSchema)
  .query(({ ctx, input }) => answer(ctx, input));
