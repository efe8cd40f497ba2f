import type { IncomingMessage, ServerResponse } from "node:http";
import { CloudAdapter, type TurnContext } from "botbuilder";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { Config } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";
import type { AdapterRoute, ChatAdapter } from "../adapter.js";
import { plainActivity } from "./teams.activity.js";
import { createTeamsAuth, type TeamsBotAuth } from "./teams.auth.js";
import { BodyError, MAX_BODY_BYTES, readJsonBody, sendError, toBotRequest, toBotResponse } from "./teams.http.js";
import { proactiveAuth } from "./teams.connector.js";
import { createTeamsPoster, POST_TIMEOUT_MS } from "./teams.poster.js";
import { createTurnHandler } from "./teams.turn.js";

export { renderCard } from "./teams.render.js";
export { encodeTeamsTarget, decodeTeamsTarget, isTeamsTarget } from "./teams.target.js";
export type { TeamsBotAuth } from "./teams.auth.js";

/** The path Azure Bot Service posts activities to (the bot's "messaging endpoint"). */
export const TEAMS_MESSAGES_PATH = "/api/messages";

export interface TeamsAdapterDeps {
  config: Config;
  core: BotCore;
  store: Store;
  logger: Logger;
  /** Overrides the auth built from config (tests, custom clouds). */
  botFrameworkAuth?: TeamsBotAuth;
  /** Request body limit in bytes (default 1 MB). */
  maxBodyBytes?: number;
}

/** The shape CloudAdapter insists on; checked here so bad input is a 400, not an SDK exception. */
function looksLikeActivity(body: Record<string, unknown>): boolean {
  return typeof body.type === "string" && body.type.length > 0 && typeof body.serviceUrl === "string";
}

/**
 * Microsoft Teams adapter on botbuilder's CloudAdapter: serves POST /api/messages on the shared
 * HTTP server and posts proactively with stored conversation references.
 */
export async function createTeamsAdapter(deps: TeamsAdapterDeps): Promise<ChatAdapter> {
  const logger = deps.logger.child({ adapter: "teams" });
  const auth = deps.botFrameworkAuth ?? createTeamsAuth(deps.config);
  const adapter = new CloudAdapter(auth);
  // Proactive posts (the outbox's) go through their own adapter whose connector clients never retry or wait inside a call.
  const postingAdapter = new CloudAdapter(proactiveAuth(auth, deps.config.DELIVERY_POST_TIMEOUT_MS ?? POST_TIMEOUT_MS, () => logger.warn("teams connector client could not be tuned; the SDK may retry inside posts")));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error("teams turn failed", { error, activityType: context.activity.type });
    if (context.activity.type !== "message") return;
    await context.sendActivity(plainActivity("Sorry, something went wrong while answering. Please try again.")).catch((e: unknown) =>
      logger.warn("could not send the error notice", { error: e }),
    );
  };
  const logic = createTurnHandler({ core: deps.core, store: deps.store, logger });
  const inFlight = new Set<Promise<void>>();
  let stopped = false;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (stopped) return sendError(res, 503, "shutting down");
    let body: Record<string, unknown>;
    try {
      body = await readJsonBody(req, deps.maxBodyBytes ?? MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyError) return sendError(res, error.status, error.message);
      throw error;
    }
    if (!looksLikeActivity(body)) return sendError(res, 400, "not a Bot Framework activity");
    try {
      await adapter.process(toBotRequest(req, body), toBotResponse(res), logic);
    } catch (error) {
      logger.error("teams request failed", { error });
      sendError(res, 500, "internal error");
    }
  }

  const route: AdapterRoute = {
    method: "POST",
    path: TEAMS_MESSAGES_PATH,
    handle(req, res) {
      const turn = serve(req, res).catch((error: unknown) => {
        logger.error("teams request failed", { error });
        sendError(res, 500, "internal error");
      });
      inFlight.add(turn);
      return turn.finally(() => inFlight.delete(turn));
    },
  };

  return {
    name: "teams",
    routes: [route],
    poster: createTeamsPoster({ adapter: postingAdapter, appId: deps.config.MicrosoftAppId ?? "", store: deps.store, logger }),
    async start() {
      stopped = false;
      logger.info("teams adapter ready", { path: TEAMS_MESSAGES_PATH, appType: deps.config.MicrosoftAppType });
    },
    async stop() {
      stopped = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
