/** Builds the real adapter against the fake Slack API and serves its routes on a loopback server. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { AdapterRoute, ChatAdapter } from "../../adapters/adapter.js";
import { createSlackAdapter } from "../../adapters/slack/index.js";
import type { SlackStore } from "../../adapters/slack/slack.deps.js";
import type { BotCore } from "../../src/bot/bot.port.js";
import { loadConfig } from "../../src/config.js";
import { silentLogger, type Logger } from "../../src/logger.js";
import { SIGNING_SECRET } from "./slack-request.js";

/** The same exact-path routing the composition root does for adapter routes. */
export async function serveRoutes(routes: AdapterRoute[]): Promise<{ server: Server; base: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = routes.find((r) => r.method === req.method && r.path === path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    void route.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    base,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export interface Harness {
  adapter: ChatAdapter;
  eventsUrl: string;
  base: string;
  close(): Promise<void>;
}

export async function startAdapter(opts: {
  apiUrl: string; core: BotCore; store: SlackStore; env?: Record<string, string>; logger?: Logger;
}): Promise<Harness> {
  const config = loadConfig({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: opts.apiUrl,
    ...opts.env,
  });
  const adapter = await createSlackAdapter({ config, core: opts.core, store: opts.store, logger: opts.logger ?? silentLogger });
  await adapter.start();
  const served = await serveRoutes(adapter.routes);
  return {
    adapter,
    base: served.base,
    eventsUrl: `${served.base}/slack/events`,
    async close() {
      await served.close();
      await adapter.stop();
    },
  };
}
