import { Webhook } from "standardwebhooks";
import type { WebhookBody } from "./events.js";

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  /** Why it failed, in words for the delivery log; empty when it worked. */
  error: string;
}

/**
 * One attempt, signed as the Standard Webhooks spec says (with its maintained library): the
 * headers `webhook-id` (the same on every retry, for the receiver to deduplicate),
 * `webhook-timestamp` (this attempt) and `webhook-signature` (`v1,<base64 HMAC-SHA256>` over
 * `id.timestamp.body`, one per active secret, space-separated, so a receiver verifies with either
 * while a rolled secret overlaps). Redirects are not followed; only a 2xx answer counts.
 */
export async function sendSigned(
  target: { url: string; secrets: readonly string[] },
  messageId: string,
  body: WebhookBody,
  options: { timeoutMs: number; signal: AbortSignal },
): Promise<SendResult> {
  const payload = JSON.stringify(body);
  // The real clock, whatever the server's: receivers refuse a timestamp far from their own.
  const at = new Date();
  const signature = target.secrets
    .map((secret) => new Webhook(secret).sign(messageId, at, payload))
    .join(" ");
  try {
    const response = await fetch(target.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.any([AbortSignal.timeout(options.timeoutMs), options.signal]),
      headers: {
        "content-type": "application/json",
        "user-agent": "Rebound-Webhooks/1",
        "webhook-id": messageId,
        "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
        "webhook-signature": signature,
      },
      body: payload,
    });
    // The receiver's body is never read or kept: it is theirs, and may hold anything.
    await response.body?.cancel();
    return response.ok
      ? { ok: true, statusCode: response.status, error: "" }
      : {
          ok: false,
          statusCode: response.status,
          error: `The endpoint answered ${response.status}.`,
        };
  } catch (error) {
    return { ok: false, statusCode: null, error: describeFailure(error, options.timeoutMs) };
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === "TimeoutError")
    return `The endpoint did not answer within ${timeoutMs} ms.`;
  if (error instanceof DOMException && error.name === "AbortError")
    return "Stopped: the server was shutting down.";
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === "string" ? ` (${cause.code})` : "";
  return `Could not reach the endpoint${code}.`;
}
