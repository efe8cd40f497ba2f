/** A real HTTP server on loopback with the TAXII and JSON API routes over a real test store. */
import type { Server } from "node:http";
import { createHttpServer, listen } from "../../adapters/http.server.js";
import { createApiRoutes } from "../../adapters/api/index.js";
import { fakeClock } from "../../src/clock.js";
import { silentLogger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";

export interface ApiServer {
  url: string;
  clock: ReturnType<typeof fakeClock>;
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

export async function startApiServer(store: Store, config: { rate?: number; taxiiPage?: number; apiPage?: number } = {}): Promise<ApiServer> {
  const clock = fakeClock("2025-09-01T00:00:00Z");
  const routes = createApiRoutes({
    store, clock, logger: silentLogger,
    config: { API_RATE_LIMIT_PER_MINUTE: config.rate ?? 10_000, TAXII_MAX_PAGE_SIZE: config.taxiiPage ?? 1000, API_MAX_PAGE_SIZE: config.apiPage ?? 100, PUBLIC_URL: undefined },
  });
  const server: Server = createHttpServer({ routes, health: async () => ({ status: "ok", database: { kind: store.kind, reachable: true }, adapters: {}, uptimeSec: 0 }), logger: silentLogger });
  const { port } = await listen(server, 0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}`;
  return {
    url, clock,
    async get(path, headers = {}) {
      const res = await fetch(`${url}${path}`, { headers });
      const text = await res.text();
      let body: unknown = text;
      try { body = JSON.parse(text); } catch { /* not JSON */ }
      return { status: res.status, headers: res.headers, body };
    },
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections?.(); }),
  };
}
