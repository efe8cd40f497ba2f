/**
 * Composition root: read config, build the store, the core, the enabled adapters and the
 * scheduler, serve HTTP, and shut everything down cleanly on SIGINT / SIGTERM.
 */
import { appendFileSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { dirname, join, resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { systemClock } from "../src/clock.js";
import { listenHost, loadConfig, slackEnabled, teamsEnabled, type Config } from "../src/config.js";
import { createLogger, type Logger } from "../src/logger.js";
import { createStore } from "../src/store/index.js";
import type { Store } from "../src/store/store.port.js";
import { createBotCore } from "../src/bot/index.js";
import type { BotCore } from "../src/bot/bot.port.js";
import { createIngestor, createPagePool, fetcherOptionsFromConfig } from "../src/ingest/index.js";
import { createScheduler, type Scheduler } from "../src/schedule/index.js";
import type { ChatPoster } from "../src/domain/chat.js";
import type { ChatAdapter } from "./adapter.js";
import { createHttpServer, listen, type HealthReport } from "./http.server.js";
import { nodeCronPort } from "./cron.js";
import { createConsoleChannel, createConsolePoster, startConsole } from "./console/index.js";
import { firstRunData } from "./first-run.js";
import { installLifecycle, type Lifecycle } from "./process.lifecycle.js";
import { deliveryHealth } from "./delivery.health.js";
import { installProcessPolicy } from "./process.policy.js";
import { createApiRoutes } from "./api/index.js";

export interface RunningService {
  config: Config;
  logger: Logger;
  store: Store;
  server: Server;
  port: number;
  adapters: ChatAdapter[];
  /** The cron jobs of this process (null with SCHEDULER_ENABLED=false). */
  scheduler: Scheduler | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string | undefined>;
  /** Open the interactive console (default: when stdin is a TTY and no chat adapter runs). */
  console?: boolean;
  logger?: Logger;
  /** Aborted when the process is told to stop while it is still starting (cuts the first-run wait short). */
  signal?: AbortSignal;
  /** Called when the user leaves the console (default: stop the service and exit). */
  onConsoleExit?: () => void;
  /** The console session's streams (default: stdin / stdout). */
  consoleIO?: { input: Readable; output: Writable };
  /** Writes first-run progress lines; default: stdout when it is a terminal, else debug log lines. */
  progress?: ((line: string) => void) | null;
  /** How often first-run progress names the feeds still being waited for (default 5 s). */
  progressTickMs?: number;
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
  // Without Microsoft credentials Teams runs in local mode (loopback only), so the Agents Playground works after `npm start`.
  const { createTeamsAdapter } = await import("./teams/index.js");
  const teams = await createTeamsAdapter(deps);
  adapters.push(teams);
  if (teams.mode.kind === "cloud") logger.info("teams adapter enabled", { mode: "cloud", appType: teams.mode.appType });
  else logger.info("teams adapter in local mode", { reason: "no MicrosoftAppId: /api/messages accepts unauthenticated activities from this machine only (Agents Playground, Bot Framework Emulator); set MicrosoftAppId and MicrosoftAppPassword to connect Teams" });
  return adapters;
}

/** Starts the whole service and resolves once it is listening; on a start-up failure, closes what it opened. */
export async function startService(options: StartOptions = {}): Promise<RunningService> {
  const config = loadConfig(options.env ?? process.env);
  const chatConfigured = slackEnabled(config) || teamsEnabled(config);
  const wantConsole = options.console ?? (config.CONSOLE === "on" || (config.CONSOLE === "auto" && !chatConfigured && Boolean(process.stdin.isTTY)));
  const logger = options.logger ?? serviceLogger(config, wantConsole);
  const opened: (() => Promise<void>)[] = [];
  try {
    return await assemble(config, wantConsole, logger, options, opened);
  } catch (error) {
    for (const close of opened.reverse()) await close().catch(() => undefined);
    throw error;
  }
}

async function assemble(config: Config, wantConsole: boolean, logger: Logger, options: StartOptions, opened: (() => Promise<void>)[]): Promise<RunningService> {
  // dist: the compiled build (bin/build.js); tsx: the TypeScript sources (dist/ missing or older than them).
  logger.info("starting", { pid: process.pid, node: process.version, runtime: process.env.BREACH_RADAR_RUNTIME ?? "tsx" });
  const store = await createStore({ databaseUrl: config.DATABASE_URL, logger: logger.child({ part: "store" }) });
  opened.push(() => store.close());
  logger.info("store ready", { kind: store.kind });

  // One clock for the core, ingest and the scheduler: digests, alerts and the console age advice alike.
  const clock = systemClock;
  // Page reads and extraction run in worker threads, so a huge page never holds up a chat answer.
  const pages = createPagePool({ fetcher: fetcherOptionsFromConfig(config), logger: logger.child({ part: "pages" }), priority: config.PAGE_WORKER_PRIORITY });
  opened.push(() => pages.close());
  const ingestor = createIngestor({ store, config, clock, logger: logger.child({ part: "ingest" }), pages });
  await ingestor.syncFeeds();
  const core = createBotCore({ store, config, clock, logger: logger.child({ part: "bot" }), ingestUrl: (url, options) => ingestor.ingestUrl(url, { ...options, userSupplied: true }) });
  const adapters = await buildAdapters(config, { config, core, store, logger: logger.child({ part: "adapter" }) }, logger);
  // Subscriptions and watches made in the console post into the console session, or this file without one.
  const consoleChannel = createConsoleChannel({ file: join(dataDir(config), "console-posts.log") });
  const posters: ChatPoster[] = [...adapters.map((a) => a.poster), createConsolePoster({ channel: consoleChannel, logger: logger.child({ part: "console" }) })];

  const startedAt = Date.now();
  const health = async (): Promise<HealthReport> => {
    const reachable = await store.ping();
    const status: Record<string, string> = { console: "local" };
    for (const a of adapters) status[a.name] = "running";
    const delivery = reachable ? await deliveryHealth(store) : null;
    const ok = reachable && delivery !== null && !delivery.degraded;
    return {
      status: ok ? "ok" : "degraded", database: { kind: store.kind, reachable }, adapters: status, uptimeSec: Math.round((Date.now() - startedAt) / 1000),
      ...(delivery ? { delivery: delivery.health } : {}),
    };
  };
  const apiRoutes = createApiRoutes({ store, config, clock, logger: logger.child({ part: "api" }) });
  const server = createHttpServer({ routes: [...adapters.flatMap((a) => a.routes), ...apiRoutes], health, logger: logger.child({ part: "http" }) });
  // Lines for the person at the terminal (first-run progress, where to reach the server).
  const terminal = (line: string) => void process.stdout.write(`${line}\n`);
  const write = options.progress !== undefined ? options.progress : process.stdout.isTTY ? terminal : null;
  const { host, reason } = listenHost(config);
  const address = await listen(server, config.PORT, host);
  opened.push(() => closeServer(server));
  logger.info("http server listening", { host, port: address.port, health: `/healthz` });
  if (reason === "local") {
    const note = `HTTP (/healthz) listens on ${host}:${address.port} only, because no Slack or Teams credentials are set; set HOST=0.0.0.0 to accept connections from other machines.`;
    logger.info("listening on this machine only", { host, note });
    if (wantConsole) (write ?? terminal)(note);
  }
  for (const adapter of adapters) {
    await adapter.start();
    opened.push(() => adapter.stop());
  }

  const scheduler = config.SCHEDULER_ENABLED
    ? createScheduler({
        store, ingestor, posters, core, config, clock, logger: logger.child({ part: "schedule" }),
        cron: nodeCronPort({ store, logger: logger.child({ part: "cron" }) }),
        delivery: {
          planCron: config.DELIVERY_PLAN_CRON, concurrency: config.DELIVERY_CONCURRENCY, drainMs: config.SHUTDOWN_DRAIN_MS,
          leaseMs: config.DELIVERY_LEASE_MS, retryBaseMs: config.DELIVERY_RETRY_BASE_MS,
          // The platform clients time out first (with a classified error); this deadline is the outbox's backstop.
          postTimeoutMs: config.DELIVERY_POST_TIMEOUT_MS + 2_000,
        },
      })
    : null;
  scheduler?.start();
  const firstRunAbort = new AbortController();
  // Under the database's start-up lock: replicas started together on an empty database load it once.
  const firstRun = store.withStartupLock(() => firstRunData({ store, ingestor, config, logger, write, signal: firstRunAbort.signal, tickMs: options.progressTickMs }));
  // With the console open, a newcomer waits for the first data (a few seconds) and is told where it came from.
  if (wantConsole) {
    const outcome = await untilAborted(firstRun, options.signal);
    if (outcome) (write ?? terminal)(outcome);
  } else {
    void firstRun.then((outcome) => outcome && write?.(outcome));
  }

  const consoleAbort = new AbortController();
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      logger.info("shutting down");
      consoleAbort.abort();
      firstRunAbort.abort();
      // Stop claiming; in-flight posts finish or are handed back to other replicas within the drain time.
      await scheduler?.stop({ drainMs: config.SHUTDOWN_DRAIN_MS });
      for (const adapter of adapters) await adapter.stop().catch((error: unknown) => logger.warn("adapter stop failed", { adapter: adapter.name, error }));
      await closeServer(server);
      await pages.close();
      // Bounded: a pool with a query stuck on a stalled network does not hold the process (see store.close).
      await store.close();
      logger.info("stopped");
    })();
    return stopping;
  };
  if (wantConsole && !options.signal?.aborted) {
    logger.info("console enabled", { reason: slackEnabled(config) || teamsEnabled(config) ? "CONSOLE=on" : "no Slack or Teams credentials" });
    const io = options.consoleIO ?? { input: process.stdin, output: process.stdout };
    const onExit = options.onConsoleExit ?? (() => void stop().then(() => process.exit(0)));
    // The session ends on `exit` / Ctrl-D (then the service stops) or on shutdown.
    void startConsole({ core, ...io, logger, signal: consoleAbort.signal, channel: consoleChannel })
      .then(() => (consoleAbort.signal.aborted ? undefined : onExit()));
  }
  return { config, logger, store, server, port: address.port, adapters, scheduler, stop };
}

/** Resolves with the promise's value, or with null as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | null> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(null);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Requests in flight get this long to finish at shutdown before their connections are cut. */
const HTTP_GRACE_MS = 3_000;

/** Stops accepting connections, lets requests in flight finish (up to HTTP_GRACE_MS), then cuts the rest. */
async function closeServer(server: Server): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const grace = setTimeout(() => server.closeAllConnections(), HTTP_GRACE_MS);
  await closed;
  clearTimeout(grace);
}

/** The folder next to the SQLite database (or ./data) for the log and console files. */
function dataDir(config: Config): string {
  return config.DATABASE_URL.startsWith("file:") ? dirname(resolve(config.DATABASE_URL.slice("file:".length))) : resolve("data");
}

/**
 * JSON-lines logs on stderr; while the interactive console owns the terminal they go to a file
 * next to the SQLite database instead (or ./data), so they do not interleave with the session.
 */
function serviceLogger(config: Config, consoleOwnsTerminal: boolean): Logger {
  if (!consoleOwnsTerminal || !process.stderr.isTTY) return createLogger(config.LOG_LEVEL);
  const dir = dataDir(config);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "breach-radar.log");
  process.stderr.write(`Logs: ${file}\n`);
  return createLogger(config.LOG_LEVEL, {}, (line) => appendFileSync(file, line + "\n"));
}

/**
 * `npm start`: run until SIGTERM / SIGINT / SIGHUP (or the console's `exit`). The signal handlers
 * are installed before anything starts, so a signal during start-up also ends in a clean stop.
 */
export async function runUntilSignalled(lifecycle: Lifecycle = installLifecycle()): Promise<void> {
  const service = await startService({ signal: lifecycle.signal, onConsoleExit: () => lifecycle.shutdown("Console closed, shutting down…") });
  installProcessPolicy({ logger: service.logger, stop: service.stop });
  lifecycle.started(service.stop);
}
