import type { IncomingMessage, ServerResponse } from "node:http";
import type { App, HTTPReceiver, InstallationStore } from "@slack/bolt";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { Config } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import type { AdapterRoute, ChatAdapter } from "../adapter.js";
import { registerActionListener } from "./slack.action.listener.js";
import { buildSlackApp, clientSettings, SLACK_PATHS } from "./slack.app.js";
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

/** Bolt's request listener as a route handler; a failure to even start handling becomes a 500. */
function toRoute(method: AdapterRoute["method"], path: string, receiver: HTTPReceiver, log: Logger): AdapterRoute {
  return {
    method,
    path,
    handle(req: IncomingMessage, res: ServerResponse) {
      try {
        receiver.requestListener(req, res);
      } catch (error) {
        log.error("slack request not handled", { path, error });
        if (!res.headersSent) res.writeHead(500).end();
      }
    },
  };
}

function routesFor(receiver: HTTPReceiver | undefined, oauth: boolean, log: Logger): AdapterRoute[] {
  if (!receiver) return [];
  const routes = [toRoute("POST", SLACK_PATHS.events, receiver, log)];
  if (oauth) routes.push(toRoute("GET", SLACK_PATHS.install, receiver, log), toRoute("GET", SLACK_PATHS.redirect, receiver, log));
  return routes;
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
    routes: routesFor(parts.receiver, parts.mode === "http-oauth", log),
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
