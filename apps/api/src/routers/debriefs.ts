import { CandidacyStatusSchema, choosePlan, DebriefSchema, PlanSchema } from "@rebound/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  deleteDebrief,
  loadDebrief,
  replaceDebrief,
  saveDebrief,
} from "../store/saved-debriefs.js";
import { publicProcedure, router } from "../trpc.js";
import {
  DebriefIdSchema,
  OptionalNowSchema,
  resolveNow,
  ResumeTokenSchema,
} from "./shared-inputs.js";

const AccessSchema = z.object({ id: DebriefIdSchema, resumeToken: ResumeTokenSchema });
const SavedDebriefSchema = z.object({
  id: z.string(),
  debrief: DebriefSchema,
  updatedAt: z.string(),
});
// A wrong token and an unknown id get the same answer, so ids cannot be probed.
const missing = (): never => {
  throw new TRPCError({
    code: "NOT_FOUND",
    message: "No saved debrief matches that id and resume token.",
  });
};

const tags = ["debriefs"];

export const debriefsRouter = router({
  save: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "POST",
        path: "/debriefs",
        tags,
        summary: "Save a debrief; returns its resume token once",
      },
    })
    .input(z.object({ debrief: DebriefSchema }))
    .output(z.object({ id: z.string(), resumeToken: z.string() }))
    .mutation(({ ctx, input }) => saveDebrief(ctx.db, input.debrief)),

  get: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "POST",
        path: "/debriefs/get",
        tags,
        errorResponses: [404],
        summary: "Read a saved debrief",
      },
    })
    .input(AccessSchema)
    .output(SavedDebriefSchema)
    .mutation(
      async ({ ctx, input }) =>
        (await loadDebrief(ctx.db, input.id, input.resumeToken)) ?? missing(),
    ),

  update: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "POST",
        path: "/debriefs/update",
        tags,
        errorResponses: [404],
        summary: "Replace a saved debrief",
      },
    })
    .input(AccessSchema.extend({ debrief: DebriefSchema }))
    .output(SavedDebriefSchema)
    .mutation(
      async ({ ctx, input }) =>
        (await replaceDebrief(ctx.db, input.id, input.resumeToken, input.debrief, ctx.now())) ??
        missing(),
    ),

  setStatus: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "POST",
        path: "/debriefs/status",
        tags,
        errorResponses: [404],
        summary: "Record a new candidacy status and re-choose the plan",
      },
    })
    .input(AccessSchema.extend({ status: CandidacyStatusSchema, now: OptionalNowSchema }))
    .output(PlanSchema)
    .mutation(async ({ ctx, input }) => {
      const saved = await loadDebrief(ctx.db, input.id, input.resumeToken);
      if (!saved) return missing();
      const now = resolveNow(input.now, ctx.now);
      const debrief = {
        ...saved.debrief,
        candidacy: { status: input.status, changedAt: now.toISOString() },
      };
      await replaceDebrief(ctx.db, input.id, input.resumeToken, debrief, ctx.now());
      return choosePlan(debrief, now);
    }),

  delete: publicProcedure
    .meta({
      openapi: {
        protect: false,
        method: "POST",
        path: "/debriefs/delete",
        tags,
        errorResponses: [404],
        summary: "Delete a saved debrief for good",
      },
    })
    .input(AccessSchema)
    .output(z.object({ deleted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      if (!(await deleteDebrief(ctx.db, input.id, input.resumeToken))) return missing();
      return { deleted: true as const };
    }),
});
