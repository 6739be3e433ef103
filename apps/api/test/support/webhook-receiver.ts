import { createServer, type IncomingHttpHeaders } from "node:http";
import { Webhook } from "standardwebhooks";

export interface ReceivedRequest {
  /** When it arrived (ms, performance clock). */
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
}

type Answer = number | null | ((body: string) => number | null);

export interface WebhookReceiver {
  url: string;
  received: ReceivedRequest[];
  /**
   * The status every request gets from now on (204 at first), or one chosen per request body;
   * null: never answer (a hung receiver).
   */
  answer(status: Answer): void;
  close(): Promise<void>;
}

/** An agency's endpoint on a loopback port: records every request and answers a chosen status. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let answer: Answer = 204;
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ at: performance.now(), headers: request.headers, body });
      const status = typeof answer === "function" ? answer(body) : answer;
      if (status !== null) response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${String(port)}/hooks/rebound`,
    received,
    answer: (next) => {
      answer = next;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A loopback URL nothing listens on (a port the OS gave out and took back). */
export async function deadEndpointUrl(): Promise<string> {
  const receiver = await startWebhookReceiver();
  await receiver.close();
  return receiver.url;
}

/**
 * What a receiver does with the Standard Webhooks library: verify the signature headers against
 * the raw body with its secret, and only then read the JSON. Throws when the signature is wrong.
 */
export function verified(secret: string, request: ReceivedRequest): unknown {
  const {
    "webhook-id": id,
    "webhook-timestamp": timestamp,
    "webhook-signature": signature,
  } = request.headers;
  return new Webhook(secret).verify(request.body, {
    "webhook-id": String(id),
    "webhook-timestamp": String(timestamp),
    "webhook-signature": String(signature),
  });
}
