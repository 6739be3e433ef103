import {
  choosePlan,
  DebriefSchema,
  FindingSchema,
  lintDraft,
  MessageSchema,
  renderMessage,
  TemplateIdSchema,
  ToneSchema,
} from "@rebound/core";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.js";
import { LintDraftInputSchema } from "./core-inputs.js";
import { assertPlannable } from "./interview-time.js";
import { OptionalNowSchema, resolveNow } from "./shared-inputs.js";

export const messagesRouter = router({
  render: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "POST",
        path: "/messages/render",
        tags: ["messages"],
        summary: "Draft one message",
      },
    })
    .input(
      z.object({
        templateId: TemplateIdSchema,
        debrief: DebriefSchema,
        tone: ToneSchema.default("warm"),
        now: OptionalNowSchema,
      }),
    )
    .output(MessageSchema)
    .mutation(({ ctx, input }) => {
      const now = resolveNow(input.now, ctx.now);
      assertPlannable(input.debrief, now);
      const plan = choosePlan(input.debrief, now);
      return renderMessage({
        templateId: input.templateId,
        debrief: input.debrief,
        plan,
        tone: input.tone,
      });
    }),

  lint: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "POST",
        path: "/messages/lint",
        tags: ["messages"],
        summary: "Check a draft against the guards",
      },
    })
    .input(LintDraftInputSchema)
    .output(z.array(FindingSchema))
    .mutation(({ input }) =>
      lintDraft(input.text, {
        debrief: input.debrief,
        channel: input.channel,
        ...(input.templateId === undefined ? {} : { templateId: input.templateId }),
      }),
    ),
});
