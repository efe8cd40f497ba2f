import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChatAdapter } from "../../adapters/adapter.js";
import { createTeamsAdapter, type TeamsBotAuth } from "../../adapters/teams/index.js";
import type { BotCore } from "../../src/bot/bot.port.js";
import { loadConfig, type Config } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";

/** The Teams adapter mounted on a real node http server on 127.0.0.1, like adapters/main.ts would. */
export interface TeamsHarness {
  adapter: ChatAdapter;
  url: string;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

/** Emulator-style config: no app id, so inbound auth is disabled and no tokens are fetched. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ DATABASE_URL: "file:./unused.db", ...env });
}

export async function startTeamsHarness(deps: { core: BotCore; store: Store; config?: Config; botFrameworkAuth?: TeamsBotAuth; turnDeadlineMs?: number }): Promise<TeamsHarness> {
  const adapter = await createTeamsAdapter({
    config: deps.config ?? testConfig(), core: deps.core, store: deps.store, logger: silentLogger,
    ...(deps.botFrameworkAuth ? { botFrameworkAuth: deps.botFrameworkAuth } : {}),
    ...(deps.turnDeadlineMs !== undefined ? { turnDeadlineMs: deps.turnDeadlineMs } : {}),
  });
  await adapter.start();
  const server: Server = createServer((req, res) => {
    const route = adapter.routes.find((r) => r.method === req.method && r.path === new URL(req.url ?? "/", "http://x").pathname);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    void route.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  return {
    adapter,
    url,
    async post(body, headers = {}) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      return { status: res.status, text: await res.text() };
    },
    async close() {
      await adapter.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
