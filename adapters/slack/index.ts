import type { IncomingMessage, ServerResponse } from "node:http";
import type { AnyMiddlewareArgs, App, HTTPReceiver, InstallationStore, Middleware } from "@slack/bolt";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { Config } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import type { AdapterRoute, ChatAdapter } from "../adapter.js";
import { registerActionListener } from "./slack.action.listener.js";
import { buildSlackApp, clientSettings, SLACK_PATHS, type SlackAppParts } from "./slack.app.js";
import { createEventDedupe, type EventDedupe } from "./slack.event-dedupe.js";
import { installedCheck, notInstalledText } from "./slack.installation-store.js";
import { createRequestGate } from "./slack.request-gate.js";
import { registerCommandListener } from "./slack.command.listener.js";
import type { ListenerDeps, SlackStore } from "./slack.deps.js";
import { registerHomeListener } from "./slack.home.js";
import { registerMessageListeners } from "./slack.message.listener.js";
import { createClientCache, createSlackPoster } from "./slack.poster.js";

export { renderBlocks } from "./slack.render.js";
export { decodeSlackTarget, encodeSlackTarget } from "./slack.target.js";
export { mapSlackError } from "./slack.errors.js";

/** What the Slack adapter needs; `store` may be the full Store. */
export interface SlackAdapterDeps {
  config: Config;
  core: BotCore;
  store: SlackStore;
  logger: Logger;
}

/** Bolt's request listener, guarded: a failure to even start handling becomes a 500, never a crash. */
function boltListener(receiver: HTTPReceiver, log: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    try {
      receiver.requestListener(req, res);
    } catch (error) {
      log.error("slack request not handled", { path: req.url, error });
      if (!res.headersSent) res.writeHead(500).end();
    }
  };
}

function routesFor(parts: SlackAppParts, config: Config, log: Logger): AdapterRoute[] {
  const receiver = parts.receiver;
  if (!receiver) return [];
  const bolt = boltListener(receiver, log);
  const gate = createRequestGate({
    signingSecret: config.SLACK_SIGNING_SECRET ?? "",
    next: bolt,
    dedupe: createEventDedupe(),
    logger: log,
    isInstalled: parts.installations ? installedCheck(parts.installations, log) : undefined,
    notInstalledText: notInstalledText(config),
  });
  const routes: AdapterRoute[] = [{ method: "POST", path: SLACK_PATHS.events, handle: gate }];
  if (parts.mode === "http-oauth") {
    routes.push({ method: "GET", path: SLACK_PATHS.install, handle: bolt }, { method: "GET", path: SLACK_PATHS.redirect, handle: bolt });
  }
  return routes;
}

/** Socket Mode redeliveries: an event_id already taken is acked (Bolt acks events first) and not answered again. */
function socketEventDedupe(dedupe: EventDedupe, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !dedupe.firstSeen(eventId)) {
      log.debug("duplicate event dropped", { eventId });
      return;
    }
    await next();
  };
}

/** Forgets a workspace's tokens when the app is uninstalled or its tokens are revoked. */
function registerUninstall(app: App, installations: InstallationStore | undefined, log: Logger): void {
  if (!installations?.deleteInstallation) return;
  const remove = installations.deleteInstallation;
  app.event("app_uninstalled", async ({ context }) => {
    if (!context.teamId) return;
    await remove({ teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: false })
      .catch((error) => log.error("could not delete installation", { teamId: context.teamId, error }));
  });
}

/**
 * The Slack adapter on @slack/bolt. HTTP mode: `/slack/events` (plus `/slack/install` and
 * `/slack/oauth_redirect` with OAuth) as routes for the shared server, signatures verified by
 * Bolt's HTTPReceiver. Socket Mode when SLACK_APP_TOKEN is set (no routes; start() connects).
 * Throws CONFIG_INVALID when the Slack variables are incomplete or the bot token is rejected.
 */
export async function createSlackAdapter(deps: SlackAdapterDeps): Promise<ChatAdapter> {
  const log = deps.logger.child({ adapter: "slack" });
  const parts = await buildSlackApp(deps.config, deps.store, log);
  const settings = clientSettings(deps.config);
  const listenerDeps: ListenerDeps = { core: deps.core, store: deps.store, logger: log, settings };
  parts.app.error(async (error) => { log.error("bolt error", { error }); });
  // Over HTTP the request gate drops redelivered events; over Socket Mode this middleware does.
  if (parts.mode === "socket") parts.app.use(socketEventDedupe(createEventDedupe(), log));
  registerCommandListener(parts.app, listenerDeps);
  registerActionListener(parts.app, listenerDeps);
  registerMessageListeners(parts.app, listenerDeps);
  registerHomeListener(parts.app, listenerDeps);
  registerUninstall(parts.app, parts.installations, log);

  const poster = createSlackPoster({
    tokenFor: parts.tokenFor,
    clientFor: createClientCache(settings, log),
    store: deps.store,
    settings,
    logger: log,
  });
  const socket = parts.mode === "socket";
  return {
    name: "slack",
    routes: routesFor(parts, deps.config, log),
    poster,
    async start() {
      if (socket) await parts.app.start();
      log.info("slack adapter ready", { mode: parts.mode });
    },
    async stop() {
      if (socket) await parts.app.stop();
    },
  };
}
