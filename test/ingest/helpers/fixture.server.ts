import http from "node:http";
import type { AddressInfo } from "node:net";

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 (ephemeral port) serving a mutable route table; counts hits per path. */
export interface FixtureServer {
  base: string;
  port: number;
  routes: Map<string, RouteHandler>;
  hits: Map<string, number>;
  /** Request headers of the last request per path. */
  lastHeaders: Map<string, http.IncomingHttpHeaders>;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, http.IncomingHttpHeaders>();
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    lastHeaders.set(path, req.headers);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    handler(req, res);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`, port, routes, hits, lastHeaders,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A handler that sends a fixed body with headers. */
export const send = (body: string | Buffer, headers: Record<string, string> = {}, status = 200): RouteHandler => (_req, res) => {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers }).end(body);
};
