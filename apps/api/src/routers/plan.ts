import { choosePlan, draftsForPlan, MessageSchema, PlanSchema } from "@rebound/core";
import { z } from "zod";
import { countUsage } from "../store/usage.js";
import { publicProcedure, router } from "../trpc.js";
import { PlanBuildInputSchema } from "./core-inputs.js";
import { assertPlannable } from "./interview-time.js";
import { resolveNow } from "./shared-inputs.js";

export { PlanBuildInputSchema };

export const planRouter = router({
  build: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/plan",
        tags: ["plan"],
        protect: false,
        summary: "Build a recovery plan from a debrief",
        description:
          "Pass `tone` to get every draft the plan names as well. Open to anyone; a secret key (`Authorization: Bearer sk_…`) gets a higher rate limit and counts in your usage.",
      },
    })
    .input(PlanBuildInputSchema)
    .output(z.object({ plan: PlanSchema, drafts: z.array(MessageSchema).optional() }))
    .mutation(async ({ ctx, input }) => {
      const now = resolveNow(input.now, ctx.now);
      assertPlannable(input.debrief, now);
      const plan = choosePlan(input.debrief, now);
      if (ctx.auth.agencyId !== null && ctx.auth.via === "secret-key") {
        await countUsage(ctx.db, ctx.auth.agencyId, "plansBuilt", ctx.now());
      }
      return input.tone === undefined
        ? { plan }
        : { plan, drafts: draftsForPlan(plan, input.debrief, input.tone) };
    }),
});
