import { z } from "zod";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1"]);

/**
 * True for an https URL, or `http://localhost:PORT/…` / `http://127.0.0.1:PORT/…` for testing on
 * one's own machine (the same exception allowed origins make). No credentials, no fragment.
 */
export function isWebhookUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== "" || url.password !== "" || url.hash !== "") return false;
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname) && url.port !== "";
}

/** Whether a webhook URL points at this machine (only allowed where the server permits it). */
export function isLoopbackWebhookUrl(value: string): boolean {
  return LOCAL_HOSTS.has(new URL(value).hostname);
}

/** Where an agency's systems (ATS, CRM) receive signed events about shares. */
export const WebhookUrlSchema = z
  .string({ error: "The endpoint must be text." })
  .trim()
  .max(500, { error: "The endpoint is at most 500 characters." })
  .refine(isWebhookUrl, {
    error:
      "The endpoint must be an https:// address (http only for localhost or 127.0.0.1 with a port, for testing).",
  });

/** The events an agency can receive. `webhook.test` is sent only when asked from the dashboard. */
export const WebhookEventTypeSchema = z.enum(["share.created", "share.deleted", "webhook.test"]);
export type WebhookEventType = z.infer<typeof WebhookEventTypeSchema>;
