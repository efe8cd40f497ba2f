import { App, HTTPReceiver, LogLevel, type InstallationStore } from "@slack/bolt";
import type { Config } from "../../src/config.js";
import { BreachRadarError, isBreachRadarError } from "../../src/domain/errors.js";
import type { Logger } from "../../src/logger.js";
import { createInstallationStore, installationToken } from "./slack.installation-store.js";
import { toSlackLogger } from "./slack.logger.js";
import { oauthCallbackOptions } from "./slack.oauth-pages.js";
import { DEFAULT_RETRY, type SlackClientSettings, type TokenResolver } from "./slack.poster.js";
import type { SlackStore } from "./slack.deps.js";

/** Paths on the shared HTTP server. */
export const SLACK_PATHS = { events: "/slack/events", install: "/slack/install", redirect: "/slack/oauth_redirect" } as const;

/** Bot scopes requested by OAuth; keep in sync with manifest.yml (which says why each is needed). */
export const BOT_SCOPES = [
  "commands", "chat:write", "chat:write.public", "app_mentions:read",
  "channels:history", "groups:history", "im:history", "mpim:history",
] as const;

export type SlackMode = "http-token" | "http-oauth" | "socket";

/** A configured Bolt app plus what the adapter needs around it. */
export interface SlackAppParts {
  app: App;
  mode: SlackMode;
  /** Present in HTTP modes: its request listener serves the routes. */
  receiver?: HTTPReceiver;
  tokenFor: TokenResolver;
  installations?: InstallationStore;
}

const missing = (name: string): never => {
  throw new BreachRadarError("CONFIG_INVALID", `Slack adapter: ${name} is required`);
};

/** The mode follows the configuration: Socket Mode with an app token, OAuth with client credentials, else one bot token. */
export function slackMode(config: Config): SlackMode {
  if (config.SLACK_APP_TOKEN) return "socket";
  if (config.SLACK_CLIENT_ID && config.SLACK_CLIENT_SECRET && config.SLACK_STATE_SECRET) return "http-oauth";
  return "http-token";
}

/** Web API client options shared by Bolt's clients and the poster's. */
export function clientSettings(config: Config): SlackClientSettings {
  return { slackApiUrl: config.SLACK_API_URL, retryConfig: DEFAULT_RETRY, timeoutMs: config.DELIVERY_POST_TIMEOUT_MS };
}

/** Builds the Bolt App for the configured mode. Token mode runs auth.test here, so a bad token fails at start-up. */
export async function buildSlackApp(config: Config, store: SlackStore, logger: Logger): Promise<SlackAppParts> {
  const boltLogger = toSlackLogger(logger.child({ sdk: "bolt" }), LogLevel.WARN);
  const settings = clientSettings(config);
  const common = {
    logger: boltLogger,
    convoStore: false as const,
    deferInitialization: true,
    clientOptions: { slackApiUrl: settings.slackApiUrl, retryConfig: settings.retryConfig, rejectRateLimitedCalls: true },
  };
  const mode = slackMode(config);
  if (mode === "http-oauth") return buildOAuthApp(config, store, common, logger);
  const token = config.SLACK_BOT_TOKEN ?? missing("SLACK_BOT_TOKEN (or SLACK_CLIENT_ID/SECRET/STATE_SECRET)");
  const tokenFor: TokenResolver = async () => token;
  let parts: SlackAppParts;
  if (mode === "socket") {
    // The Socket Mode client keeps its own patient retry policy for apps.connections.open (reconnects).
    const installerOptions = { clientOptions: { slackApiUrl: settings.slackApiUrl } };
    parts = { app: new App({ ...common, token, socketMode: true, appToken: config.SLACK_APP_TOKEN, installerOptions }), mode, tokenFor };
  } else {
    const signingSecret = config.SLACK_SIGNING_SECRET ?? missing("SLACK_SIGNING_SECRET");
    const receiver = new HTTPReceiver({ signingSecret, endpoints: SLACK_PATHS.events, logger: boltLogger });
    parts = { app: new App({ ...common, token, receiver }), mode, receiver, tokenFor };
  }
  await parts.app.init().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BreachRadarError("CONFIG_INVALID", `Slack adapter: auth.test failed for SLACK_BOT_TOKEN (${reason})`, { cause: error });
  });
  return parts;
}

type CommonOptions = { logger: ReturnType<typeof toSlackLogger>; convoStore: false; deferInitialization: boolean; clientOptions: object };

async function buildOAuthApp(config: Config, store: SlackStore, common: CommonOptions, log: Logger): Promise<SlackAppParts> {
  const installations = createInstallationStore(store);
  const redirectUri = config.PUBLIC_URL ? new URL(SLACK_PATHS.redirect, config.PUBLIC_URL).toString() : undefined;
  const receiver = new HTTPReceiver({
    signingSecret: config.SLACK_SIGNING_SECRET ?? missing("SLACK_SIGNING_SECRET"),
    endpoints: SLACK_PATHS.events,
    logger: common.logger,
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    stateSecret: config.SLACK_STATE_SECRET,
    installationStore: installations,
    scopes: [...BOT_SCOPES],
    redirectUri,
    installerOptions: {
      installPath: SLACK_PATHS.install,
      redirectUriPath: SLACK_PATHS.redirect,
      directInstall: true,
      clientOptions: common.clientOptions,
      callbackOptions: oauthCallbackOptions(SLACK_PATHS.install, log),
    },
  });
  const app = new App({ ...common, receiver });
  await app.init();
  const tokenFor: TokenResolver = async (teamId) => {
    try {
      return await installationToken(installations, teamId);
    } catch (error) {
      // No installation: the workspace is broken for delivery (a re-install repairs it), not one channel.
      if (isBreachRadarError(error, "NOT_FOUND")) throw new BreachRadarError("INSTALLATION_BROKEN", `Slack workspace ${teamId} is not installed`, { cause: error });
      throw error;
    }
  };
  return { app, mode: "http-oauth", receiver, tokenFor, installations };
}
