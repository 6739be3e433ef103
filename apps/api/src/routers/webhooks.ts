import { isLoopbackWebhookUrl, WebhookUrlSchema } from "@rebound/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { notFound } from "../errors.js";
import {
  findWebhookEndpoint,
  removeWebhookEndpoint,
  rollWebhookSecret,
  saveWebhookEndpoint,
} from "../store/webhook-endpoints.js";
import { enqueueEvent, failPendingDeliveries, listDeliveries } from "../store/webhook-outbox.js";
import { agencyProcedure, router } from "../trpc.js";
import { testEvent } from "../webhooks/events.js";
import { pageOf, PageInputSchema } from "./page-input.js";

const tags = ["webhooks"];
const protect = true;

const EndpointSchema = z.object({
  url: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  previousSecretExpiresAt: z.string().nullable(),
});

const DeliverySchema = z.object({
  id: z.string(),
  eventType: z.string(),
  status: z.enum(["pending", "delivered", "failed"]),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});

/**
 * Signed events for the agency's own systems (ATS, CRM): `share.created`, `share.deleted` and a
 * test event, posted to one endpoint through the durable outbox (see webhooks/dispatcher.ts).
 */
export const webhooksRouter = router({
  get: agencyProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/agency/webhook",
        tags,
        protect,
        summary: "Your webhook endpoint, if any (never its secret)",
      },
    })
    .input(z.void())
    .output(EndpointSchema.nullable())
    .query(({ ctx }) => findWebhookEndpoint(ctx.db, ctx.agencyId, ctx.now())),

  set: agencyProcedure
    .meta({
      openapi: {
        method: "PUT",
        path: "/agency/webhook",
        tags,
        protect,
        summary: "Set the endpoint; the first time, its signing secret is returned (once)",
      },
    })
    .input(z.object({ url: WebhookUrlSchema }))
    .output(z.object({ endpoint: EndpointSchema, secret: z.string().nullable() }))
    .mutation(({ ctx, input }) => {
      if (!ctx.webhooks.allowLoopback && isLoopbackWebhookUrl(input.url))
        throw new TRPCError({
          code: "BAD_REQUEST",
          message:
            "url: this server does not deliver to localhost or 127.0.0.1; use an https:// address.",
        });
      return saveWebhookEndpoint(ctx.db, ctx.agencyId, input.url, {
        secretsKey: ctx.webhooks.secretsKey,
        now: ctx.now(),
      });
    }),

  rollSecret: agencyProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/agency/webhook/secret/roll",
        errorResponses: [404],
        tags,
        protect,
        summary: "A new signing secret (returned once); the old one may keep signing for a while",
      },
    })
    .input(
      z.object({
        overlapHours: z
          .number()
          .int()
          .min(0, { error: "overlapHours cannot be negative." })
          .max(72, { error: "overlapHours is at most 72." })
          .default(0),
      }),
    )
    .output(z.object({ endpoint: EndpointSchema, secret: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const rolled = await rollWebhookSecret(ctx.db, ctx.agencyId, {
        secretsKey: ctx.webhooks.secretsKey,
        now: ctx.now(),
        overlapMs: input.overlapHours * 3_600_000,
      });
      if (!rolled) throw notFound("Webhook endpoint");
      return rolled;
    }),

  sendTest: agencyProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/agency/webhook/test",
        errorResponses: [404],
        tags,
        protect,
        summary: "Queue a webhook.test event to the endpoint",
      },
    })
    .input(z.void())
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx }) => {
      const id = await enqueueEvent(ctx.db, ctx.agencyId, testEvent(ctx.now()));
      if (id === null) throw notFound("Webhook endpoint");
      return { id };
    }),

  deliveries: agencyProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/agency/webhook/deliveries",
        tags,
        protect,
        summary: "The delivery log, newest first, with each delivery's status",
      },
    })
    .input(PageInputSchema)
    .output(z.object({ items: z.array(DeliverySchema), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listDeliveries(ctx.db, ctx.agencyId, pageOf(input))),

  remove: agencyProcedure
    .meta({
      openapi: {
        method: "DELETE",
        path: "/agency/webhook",
        tags,
        protect,
        summary: "Remove the endpoint; deliveries not yet made are cancelled",
      },
    })
    .input(z.void())
    .output(z.object({ removed: z.boolean() }))
    .mutation(async ({ ctx }) => {
      await failPendingDeliveries(ctx.db, ctx.agencyId, "Not sent: the endpoint was removed.");
      return { removed: await removeWebhookEndpoint(ctx.db, ctx.agencyId) };
    }),
});
