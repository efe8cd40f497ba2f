/**
 * Breach Radar as Agents Playground talks to it: a real SQLite store filled with the bundled offline
 * sample, the real bot core, the Teams adapter without MicrosoftAppId (emulator mode: the playground
 * sends no JWT) and the service's own HTTP server on 127.0.0.1 with an ephemeral port.
 */
import type { Server } from "node:http";
import { createHttpServer, listen } from "../../adapters/http.server.js";
import type { ChatAdapter } from "../../adapters/adapter.js";
import { createTeamsAdapter, TEAMS_MESSAGES_PATH } from "../../adapters/teams/index.js";
import { createBotCore } from "../../src/bot/index.js";
import { loadConfig } from "../../src/config.js";
import { createIngestor } from "../../src/ingest/index.js";
import type { Logger } from "../../src/logger.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";

/** A running bot for the playground; `close()` stops the adapter, the server and drops the store. */
export interface PlaygroundBot {
  /** http://127.0.0.1:<port>/api/messages */
  endpoint: string;
  /** Incidents loaded from the offline sample. */
  incidents: number;
  store: TestStore;
  close(): Promise<void>;
}

export async function startPlaygroundBot(logger: Logger): Promise<PlaygroundBot> {
  const config = loadConfig({ DATABASE_URL: "file:./unused.db", HOST: "127.0.0.1", PORT: "0", OFFLINE_SAMPLE: "always" });
  const store = await openTestStore("sqlite", { logger });
  let adapter: ChatAdapter | null = null;
  let server: Server | null = null;
  try {
    const sample = await createIngestor({ store, config, logger }).loadOfflineSample();
    const core = createBotCore({ store, config, logger });
    adapter = await createTeamsAdapter({ config, core, store, logger });
    const health = async () => ({ status: "ok" as const, database: { kind: store.kind, reachable: true }, adapters: { teams: "running" }, uptimeSec: 0 });
    server = createHttpServer({ routes: adapter.routes, health, logger });
    const address = await listen(server, 0, "127.0.0.1");
    await adapter.start();
    const running = { adapter, server };
    return {
      endpoint: `http://127.0.0.1:${address.port}${TEAMS_MESSAGES_PATH}`,
      incidents: sample.incidents,
      store,
      close: () => shutdown(running.adapter, running.server, store),
    };
  } catch (error) {
    await shutdown(adapter, server, store);
    throw error;
  }
}

async function shutdown(adapter: ChatAdapter | null, server: Server | null, store: TestStore): Promise<void> {
  await adapter?.stop();
  if (server) {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
  await store.cleanup();
}
