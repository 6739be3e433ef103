import {
  ChannelSchema,
  SourceRefSchema,
  STRATEGY_CATALOGUE,
  StrategyIdSchema,
  TEMPLATE_CATALOGUE,
  TemplateIdSchema,
} from "@rebound/core";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.js";

const StrategyEntrySchema = z.object({
  id: StrategyIdSchema,
  title: z.string(),
  summary: z.string(),
  sources: z.array(SourceRefSchema),
});

const TemplateEntrySchema = z.object({
  id: TemplateIdSchema,
  title: z.string(),
  channel: ChannelSchema,
  wordLimit: z.number(),
  strategy: StrategyIdSchema,
});

export const catalogueRouter = router({
  strategies: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "GET",
        path: "/catalogue/strategies",
        tags: ["catalogue"],
        summary: "Every strategy, with sources",
      },
    })
    .input(z.void())
    .output(z.array(StrategyEntrySchema))
    .query(() =>
      STRATEGY_CATALOGUE.map(({ id, title, summary, sources }) => ({
        id,
        title,
        summary,
        sources,
      })),
    ),

  templates: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "GET",
        path: "/catalogue/templates",
        tags: ["catalogue"],
        summary: "Every message template",
      },
    })
    .input(z.void())
    .output(z.array(TemplateEntrySchema))
    .query(() =>
      TEMPLATE_CATALOGUE.map(({ id, title, channel, wordLimit, strategy }) => ({
        id,
        title,
        channel,
        wordLimit,
        strategy,
      })),
    ),
});
