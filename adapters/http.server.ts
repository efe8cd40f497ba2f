import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { BreachRadarError } from "../src/domain/errors.js";
import type { Logger } from "../src/logger.js";
import type { AdapterRoute } from "./adapter.js";

export interface HealthReport {
  status: "ok" | "degraded";
  database: { kind: string; reachable: boolean };
  adapters: Record<string, string>;
  uptimeSec: number;
  /** The outbox (absent when the database does not answer). */
  delivery?: DeliveryHealth;
}

/** What /healthz says about delivery: outbox depth, the oldest due row, stuck leases, broken installations. */
export interface DeliveryHealth {
  depth: number;
  due: number;
  oldestDueAt: string | null;
  oldestDueAgeSec: number | null;
  stuckLeases: number;
  failedLastDay: number;
  brokenInstallations: { workspace: string; reason: string | null; since: string }[];
  /** Channels waiting for the bot to be invited back. */
  waitingForInvite: number;
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

/** Start-up errors of the listening socket, with what to do about them (PORT / HOST in the message). */
const LISTEN_HINTS: Record<string, (port: number, host: string) => string> = {
  EADDRINUSE: (port, host) => `PORT ${port} on ${host} is already in use: another Breach Radar (or another program) is listening there. Stop it, or set PORT to a free port (PORT=0 picks any free port).`,
  EACCES: (port) => `Not allowed to listen on PORT ${port} (ports below 1024 need extra privileges). Set PORT to 1024 or above, e.g. PORT=3000.`,
  EADDRNOTAVAIL: (_port, host) => `HOST ${host} is not an address of this machine. Set HOST=127.0.0.1 (this machine only) or HOST=0.0.0.0 (every interface).`,
  ENOTFOUND: (_port, host) => `HOST ${host} does not resolve. Set HOST=127.0.0.1 (this machine only) or HOST=0.0.0.0 (every interface).`,
};

/** Maps a listen() failure to CONFIG_INVALID with a hint; other errors pass through. */
export function listenError(error: unknown, port: number, host: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const hint = code ? LISTEN_HINTS[code] : undefined;
  return hint ? new BreachRadarError("CONFIG_INVALID", hint(port, host), { cause: error }) : error;
}

export async function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(listenError(error, port, host));
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  return server.address() as AddressInfo;
}
