import { createServer, type Server } from "node:http";

export interface HostPage {
  html: string;
  /** Defaults to HTML; the React page also serves scripts. */
  contentType?: string;
  /** Response headers, e.g. a strict Content-Security-Policy. */
  headers?: Record<string, string>;
}

export interface HostServer {
  /** `http://127.0.0.1:<port>`: the agency site, a different origin from the Rebound server. */
  origin: string;
  /** The same server reached as `localhost`: a different origin, one no agency allows. */
  otherOrigin: string;
  /** Serves `page` at `path` from now on. */
  set(path: string, page: HostPage): void;
  close(): Promise<void>;
}

/** A stand-in for an agency's website on its own loopback port. */
export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, HostPage>();
  const server: Server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? "/", "http://host").pathname);
    if (!page) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    response
      .writeHead(200, {
        "content-type": page.contentType ?? "text/html; charset=utf-8",
        ...page.headers,
      })
      .end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    set: (path, page) => pages.set(path, page),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
