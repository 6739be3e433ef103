import {
  AgencyCopySchema,
  ShareSummarySchema,
  ThemeTokensSchema,
  WidgetModeSchema,
} from "@rebound/core";
import { z } from "zod";
import { recordShare } from "../store/shares.js";
import { countUsage } from "../store/usage.js";
import { publicProcedure, router } from "../trpc.js";
import { HostOriginSchema, PublishableKeySchema } from "./shared-inputs.js";
import { agencyForWidget, agencyForWidgetWrite } from "./widget-access.js";
import { widgetStatusProcedure } from "./widget-status.js";

const WidgetAccessSchema = z.object({ key: PublishableKeySchema, hostOrigin: HostOriginSchema });
/** Share and event: the host page comes from the Origin header; `hostOrigin` only from our own frame. */
const WidgetWriteSchema = z.object({
  key: PublishableKeySchema,
  hostOrigin: HostOriginSchema.optional(),
});
const tags = ["widget"];
// An unknown publishable key (401), a host page the agency does not allow (403).
const errorResponses = [401, 403];

export const widgetRouter = router({
  status: widgetStatusProcedure,

  config: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "GET",
        path: "/widget/config",
        tags,
        errorResponses,
        summary: "The widget's public configuration",
      },
    })
    .input(WidgetAccessSchema)
    .output(
      z.object({
        agencyName: z.string(),
        theme: ThemeTokensSchema,
        copy: AgencyCopySchema,
        modes: z.array(WidgetModeSchema),
      }),
    )
    .query(async ({ ctx, input }) => {
      const agency = await agencyForWidget(ctx, input.key, input.hostOrigin);
      return {
        agencyName: agency.name,
        theme: agency.theme,
        copy: agency.copy,
        modes: agency.modes,
      };
    }),

  share: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "POST",
        path: "/widget/share",
        tags,
        errorResponses,
        summary: "Send a consented summary to the agency",
      },
    })
    .input(
      WidgetWriteSchema.extend({
        consent: z.literal(true, {
          error: "Sharing needs the candidate's explicit consent (consent: true).",
        }),
        summary: ShareSummarySchema,
      }),
    )
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const agency = await agencyForWidgetWrite(ctx, input.key, input.hostOrigin);
      await ctx.countShare(agency.id);
      const id = await recordShare(ctx.db, agency.id, input.summary, ctx.now());
      await countUsage(ctx.db, agency.id, "shares", ctx.now());
      return { id };
    }),

  event: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "POST",
        path: "/widget/event",
        tags,
        errorResponses,
        summary: "Count a widget event (no personal data)",
      },
    })
    .input(WidgetWriteSchema.extend({ event: z.enum(["planGenerated", "draftCopied"]) }))
    .output(z.object({ counted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const agency = await agencyForWidgetWrite(ctx, input.key, input.hostOrigin);
      await countUsage(
        ctx.db,
        agency.id,
        input.event === "planGenerated" ? "plansBuilt" : "draftsCopied",
        ctx.now(),
      );
      return { counted: true as const };
    }),
});
