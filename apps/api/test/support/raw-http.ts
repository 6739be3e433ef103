import { request, type Agent, type ClientRequest, type IncomingMessage } from "node:http";

export interface Answer {
  status: number;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A GET over node:http, on `agent` (false: a connection of its own, closed after). */
export function get(
  url: string,
  agent: Agent | false = false,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { agent, headers }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    })
      .on("error", reject)
      .end();
  });
}

export interface InFlight {
  /** Sends the rest of the body. */
  finish(): void;
  answer: Promise<Answer>;
}

/**
 * A POST the server has begun reading: resolves once the server answered `100 Continue` to its
 * headers (so it is handling the request, not holding an idle connection) and the first bytes of
 * the body were sent. The rest waits for `finish()`.
 */
export function postInFlight(url: string, body: string, agent: Agent | false): Promise<InFlight> {
  return new Promise((started, failed) => {
    let pending: ClientRequest | undefined = undefined;
    const answer = new Promise<Answer>((resolve, reject) => {
      pending = request(
        url,
        {
          agent,
          method: "POST",
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            expect: "100-continue",
          },
        },
        (response) => {
          let text = "";
          response.on("data", (chunk: Buffer) => (text += chunk.toString()));
          response.on("end", () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }),
          );
        },
      );
      pending.on("error", (error) => {
        reject(error);
        failed(error);
      });
      pending.once("continue", () => {
        pending?.write(body.slice(0, 100));
        started({ finish: () => void pending?.end(body.slice(100)), answer });
      });
      pending.flushHeaders();
    });
  });
}
