import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../src/logger.js";
import type { AdapterRoute } from "./adapter.js";

export interface HealthReport {
  status: "ok" | "degraded";
  database: { kind: string; reachable: boolean };
  adapters: Record<string, string>;
  uptimeSec: number;
}

export interface HttpServerDeps {
  routes: AdapterRoute[];
  health: () => Promise<HealthReport>;
  logger: Logger;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** The one HTTP server of the service: /healthz plus the routes the enabled adapters bring. */
export function createHttpServer(deps: HttpServerDeps): Server {
  const table = new Map<string, AdapterRoute>();
  const prefixes = deps.routes.filter((r) => r.prefix);
  for (const route of deps.routes) if (!route.prefix) table.set(`${route.method} ${route.path}`, route);

  const listener = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
      const report = await deps.health();
      send(res, report.database.reachable ? 200 : 503, report);
      return;
    }
    const route = table.get(`${req.method} ${path}`) ?? prefixes.find((r) => r.method === req.method && (path.startsWith(r.path) || `${path}/` === r.path));
    if (!route) {
      send(res, table.has(`GET ${path}`) || table.has(`POST ${path}`) ? 405 : 404, { error: "not found" });
      return;
    }
    await route.handle(req, res);
  };

  return createServer((req, res) => {
    listener(req, res).catch((error: unknown) => {
      deps.logger.error("http handler failed", { path: req.url, error });
      if (!res.headersSent) send(res, 500, { error: "internal error" });
      else res.end();
    });
  });
}

export async function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server.address() as AddressInfo;
}
