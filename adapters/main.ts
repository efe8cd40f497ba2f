/**
 * Composition root: read config, build the store, the core, the enabled adapters and the
 * scheduler, serve HTTP, and shut everything down cleanly on SIGINT / SIGTERM.
 */
import { appendFileSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { dirname, join, resolve } from "node:path";
import { loadConfig, slackEnabled, teamsEnabled, type Config } from "../src/config.js";
import { createLogger, type Logger } from "../src/logger.js";
import { createStore } from "../src/store/index.js";
import type { Store } from "../src/store/store.port.js";
import { createBotCore } from "../src/bot/index.js";
import type { BotCore } from "../src/bot/bot.port.js";
import { createIngestor } from "../src/ingest/index.js";
import { createScheduler } from "../src/schedule/index.js";
import type { ChatPoster } from "../src/domain/chat.js";
import type { ChatAdapter } from "./adapter.js";
import { createHttpServer, listen, type HealthReport } from "./http.server.js";
import { nodeCronPort } from "./cron.js";
import { createApiRoutes } from "./api/index.js";
import { systemClock } from "../src/clock.js";

export interface RunningService {
  config: Config;
  store: Store;
  server: Server;
  port: number;
  adapters: ChatAdapter[];
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string | undefined>;
  /** Open the interactive console (default: when stdin is a TTY and no chat adapter runs). */
  console?: boolean;
  logger?: Logger;
}

interface AdapterDeps {
  config: Config;
  core: BotCore;
  store: Store;
  logger: Logger;
}

async function buildAdapters(config: Config, deps: AdapterDeps, logger: Logger): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  if (slackEnabled(config)) {
    const { createSlackAdapter } = await import("./slack/index.js");
    adapters.push(await createSlackAdapter(deps));
    logger.info("slack adapter enabled", { mode: config.SLACK_APP_TOKEN ? "socket" : "http", oauth: Boolean(config.SLACK_CLIENT_ID) });
  } else {
    logger.info("slack adapter disabled", { reason: "set SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN (or SLACK_CLIENT_ID/SECRET), or SLACK_APP_TOKEN with SLACK_BOT_TOKEN" });
  }
  if (teamsEnabled(config)) {
    const { createTeamsAdapter } = await import("./teams/index.js");
    adapters.push(await createTeamsAdapter(deps));
    logger.info("teams adapter enabled", { appType: config.MicrosoftAppType });
  } else {
    logger.info("teams adapter disabled", { reason: "set MicrosoftAppId and MicrosoftAppPassword" });
  }
  return adapters;
}

/** Starts the whole service and resolves once it is listening. */
export async function startService(options: StartOptions = {}): Promise<RunningService> {
  const config = loadConfig(options.env ?? process.env);
  const chatConfigured = slackEnabled(config) || teamsEnabled(config);
  const wantConsole = options.console ?? (config.CONSOLE === "on" || (config.CONSOLE === "auto" && !chatConfigured && Boolean(process.stdin.isTTY)));
  const logger = options.logger ?? serviceLogger(config, wantConsole);
  const store = await createStore({ databaseUrl: config.DATABASE_URL, logger: logger.child({ part: "store" }) });
  logger.info("store ready", { kind: store.kind });

  const ingestor = createIngestor({ store, config, logger: logger.child({ part: "ingest" }) });
  await ingestor.seedFeedsIfEmpty();
  const core = createBotCore({ store, config, logger: logger.child({ part: "bot" }), ingestUrl: (url) => ingestor.ingestUrl(url, { userSupplied: true }) });
  const adapters = await buildAdapters(config, { config, core, store, logger: logger.child({ part: "adapter" }) }, logger);
  const posters: ChatPoster[] = adapters.map((a) => a.poster);

  const startedAt = Date.now();
  const health = async (): Promise<HealthReport> => {
    const reachable = await store.ping();
    const status: Record<string, string> = { console: "local" };
    for (const a of adapters) status[a.name] = "running";
    return { status: reachable ? "ok" : "degraded", database: { kind: store.kind, reachable }, adapters: status, uptimeSec: Math.round((Date.now() - startedAt) / 1000) };
  };
  const apiRoutes = createApiRoutes({ store, config, clock: systemClock, logger: logger.child({ part: "api" }) });
  const server = createHttpServer({ routes: [...adapters.flatMap((a) => a.routes), ...apiRoutes], health, logger: logger.child({ part: "http" }) });
  const address = await listen(server, config.PORT, config.HOST);
  logger.info("http server listening", { port: address.port, health: `/healthz` });
  for (const adapter of adapters) await adapter.start();

  const scheduler = config.SCHEDULER_ENABLED
    ? createScheduler({
        store, ingestor, posters, core, config, logger: logger.child({ part: "schedule" }),
        cron: nodeCronPort({ store, logger: logger.child({ part: "cron" }) }),
      })
    : null;
  scheduler?.start();
  // With the console open, a newcomer waits for the first data (a few seconds) and is told where it came from.
  const firstRun = firstRunData(store, ingestor, config, logger);
  if (wantConsole) {
    process.stdout.write("Preparing the incident store…\n");
    const outcome = await firstRun;
    if (outcome) process.stdout.write(`${outcome}\n`);
  }

  const consoleAbort = new AbortController();
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      logger.info("shutting down");
      consoleAbort.abort();
      await scheduler?.stop();
      for (const adapter of adapters) await adapter.stop().catch((error: unknown) => logger.warn("adapter stop failed", { adapter: adapter.name, error }));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await store.close();
      logger.info("stopped");
    })();
    return stopping;
  };
  if (wantConsole) {
    const { startConsole } = await import("./console/index.js");
    logger.info("console enabled", { reason: adapters.length === 0 ? "no Slack or Teams credentials" : "CONSOLE=on" });
    // The session ends on `exit` / Ctrl-D (then the service stops) or on shutdown.
    void startConsole({ core, input: process.stdin, output: process.stdout, logger, signal: consoleAbort.signal })
      .then(() => (consoleAbort.signal.aborted ? undefined : stop().then(() => process.exit(0))));
  }
  return { config, store, server, port: address.port, adapters, stop };
}

/**
 * JSON-lines logs on stderr; while the interactive console owns the terminal they go to a file
 * next to the SQLite database instead (or ./data), so they do not interleave with the session.
 */
function serviceLogger(config: Config, consoleOwnsTerminal: boolean): Logger {
  if (!consoleOwnsTerminal || !process.stderr.isTTY) return createLogger(config.LOG_LEVEL);
  const dir = config.DATABASE_URL.startsWith("file:") ? dirname(resolve(config.DATABASE_URL.slice("file:".length))) : resolve("data");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "breach-radar.log");
  process.stderr.write(`Logs: ${file}\n`);
  return createLogger(config.LOG_LEVEL, {}, (line) => appendFileSync(file, line + "\n"));
}

/** On an empty store, poll the feeds once; if the network is unreachable, load the bundled offline sample. */
async function firstRunData(store: Store, ingestor: ReturnType<typeof createIngestor>, config: Config, logger: Logger): Promise<string | null> {
  try {
    if ((await store.countIncidents()) > 0 || config.OFFLINE_SAMPLE === "never") return null;
    if (config.OFFLINE_SAMPLE === "auto") {
      const report = await ingestor.pollAllFeeds();
      const count = await store.countIncidents();
      if (report.feedsOk > 0 || count > 0) return `Polled ${report.feedsOk} news feeds: ${count} incidents so far.`;
      logger.warn("no news feed reachable on first start; loading the bundled offline sample", { failed: report.feedsFailed });
    }
    const loaded = await ingestor.loadOfflineSample();
    const note = `No news feed was reachable, so the bundled offline sample was loaded: ${loaded.incidents} incidents written by the Breach Radar team from public reporting (outlet "Breach Radar sample"), not live news.`;
    logger.info("offline sample loaded", { incidents: loaded.incidents, note });
    return note;
  } catch (error) {
    logger.error("first-run data load failed", { error });
    return "Could not load first-run data; see the log.";
  }
}

/** `npm start`: run until SIGINT / SIGTERM. */
export async function runUntilSignalled(): Promise<void> {
  const service = await startService();
  const onSignal = (signal: string) => {
    process.stderr.write(`\n${signal} received, shutting down…\n`);
    void service.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", () => onSignal("SIGINT"));
  process.once("SIGTERM", () => onSignal("SIGTERM"));
}
