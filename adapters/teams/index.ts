import type { IncomingMessage, ServerResponse } from "node:http";
import { CloudAdapter, type Activity, type TurnContext } from "botbuilder";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { Config } from "../../src/config.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { View } from "../../src/domain/view.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";
import type { AdapterRoute, ChatAdapter } from "../adapter.js";
import { plainActivity } from "./teams.activity.js";
import { createTeamsAuth, teamsModeOf, type TeamsBotAuth, type TeamsMode } from "./teams.auth.js";
import { createActivityDeduper, type ActivityDeduper } from "./teams.dedupe.js";
import { BodyError, MAX_BODY_BYTES, readJsonBody, sendError } from "./teams.http.js";
import { authenticateInbound, type AuthenticateRequestResult } from "./teams.inbound.js";
import { isLoopbackRequest, isLoopbackUrl } from "./teams.local.js";
import { pageRoutes } from "./teams.pages.js";
import { createTeamsPoster, POST_TIMEOUT_MS } from "./teams.poster.js";
import { proactiveAuth } from "./teams.connector.js";
import { createTurnHandler } from "./teams.turn.js";

export { renderCard } from "./teams.render.js";
export { encodeTeamsTarget, decodeTeamsTarget, isTeamsTarget } from "./teams.target.js";
export { teamsModeOf, type TeamsBotAuth, type TeamsMode } from "./teams.auth.js";

/** The path Azure Bot Service posts activities to (the bot's "messaging endpoint"). */
export const TEAMS_MESSAGES_PATH = "/api/messages";

/**
 * Teams gives a bot 15 s to answer the HTTP request before it retries. A turn still running after
 * this long (a slow lookup, Microsoft's token endpoint not answering) gets 202 now; its reply is
 * posted when ready, and the retry Teams might still send is dropped as a redelivery.
 */
export const TURN_RESPONSE_DEADLINE_MS = 10_000;

export interface TeamsAdapterDeps {
  config: Config;
  core: BotCore;
  store: Store;
  logger: Logger;
  /** Overrides the auth built from config (tests, custom clouds). */
  botFrameworkAuth?: TeamsBotAuth;
  /** Request body limit in bytes (default 1 MB). */
  maxBodyBytes?: number;
  /** Overrides the activity-id de-duplication (tests). */
  deduper?: ActivityDeduper;
  /** Overrides TURN_RESPONSE_DEADLINE_MS (tests). */
  turnDeadlineMs?: number;
}

/** The Teams adapter, and the mode it runs in (for the composition root's log and health). */
export interface TeamsChatAdapter extends ChatAdapter {
  readonly mode: TeamsMode;
}

/**
 * CloudAdapter with its turn runner callable on an already authenticated request: we authenticate
 * first (teams.inbound.ts) to answer 401 / 503 ourselves, where `process()` would answer 500 with
 * the SDK's error message in the body.
 */
class TeamsCloudAdapter extends CloudAdapter {
  runTurn(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authenticated, activity, logic);
  }
}

/** The shape CloudAdapter insists on; checked here so bad input is a 400, not an SDK exception. */
function looksLikeActivity(body: Record<string, unknown>): boolean {
  return typeof body.type === "string" && body.type.length > 0 && typeof body.serviceUrl === "string";
}

/** What CloudAdapter.process does to the body before a turn: ISO timestamps become Dates. */
function toActivity(body: Record<string, unknown>): Partial<Activity> {
  const activity = { ...body } as Partial<Activity> & Record<string, unknown>;
  for (const field of ["timestamp", "localTimestamp", "expiration"] as const) {
    const value = activity[field];
    if (typeof value === "string") {
      activity[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      (activity as Record<string, unknown>)[field] = new Date(value);
    }
  }
  return activity;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void (res.writableEnded || res.end());
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, text ? { "content-type": "application/json; charset=utf-8" } : {});
  res.end(text);
}

/**
 * Microsoft Teams adapter on botbuilder's CloudAdapter: serves POST /api/messages (and the
 * /privacy and /terms pages the app manifest links to) on the shared HTTP server, and posts
 * proactively with stored conversation references. Without Microsoft credentials it runs in
 * local mode: unauthenticated activities from this machine only (Agents Playground, Emulator).
 * Order per request: local-mode checks → body → token (401 / 503) → turn (which drops
 * redeliveries of an activity it is about to answer).
 */
export async function createTeamsAdapter(deps: TeamsAdapterDeps): Promise<TeamsChatAdapter> {
  const logger = deps.logger.child({ adapter: "teams" });
  const mode = teamsModeOf(deps.config);
  const auth = deps.botFrameworkAuth ?? createTeamsAuth(deps.config);
  const adapter = new TeamsCloudAdapter(auth);
  // Proactive posts (the outbox's) go through their own adapter whose connector clients never retry or wait inside a call.
  const postingAdapter = new CloudAdapter(proactiveAuth(auth, deps.config.DELIVERY_POST_TIMEOUT_MS ?? POST_TIMEOUT_MS, () => logger.warn("teams connector client could not be tuned; the SDK may retry inside posts")));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error("teams turn failed", { error, activityType: context.activity.type });
    if (context.activity.type !== "message") return;
    await context.sendActivity(plainActivity("Sorry, something went wrong while answering. Please try again.")).catch((e: unknown) =>
      logger.warn("could not send the error notice", { error: e }),
    );
  };
  const deduper = deps.deduper ?? createActivityDeduper({ store: deps.store, logger });
  const poster = createTeamsPoster({ adapter: postingAdapter, appId: deps.config.MicrosoftAppId ?? "", store: deps.store, logger, localOnly: mode.kind === "local" });
  const followUpFor = (ctx: ChatContext) => ({
    send: async (view: View) => {
      await poster.post(ctx.target, view, { conversationRef: ctx.conversationRef, threadId: ctx.threadId });
    },
  });
  const logic = createTurnHandler({ core: deps.core, store: deps.store, logger, deduper, followUpFor });
  const inFlight = new Set<Promise<void>>();
  let stopped = false;

  /** Local mode: the request must come from this machine, and replies must go back to it. */
  function localRefusal(req: IncomingMessage, body: Record<string, unknown> | null): string | null {
    if (mode.kind !== "local") return null;
    if (!isLoopbackRequest(req)) return "local Teams mode accepts activities from this machine only; set MicrosoftAppId to connect Microsoft Teams";
    if (body && !isLoopbackUrl(body.serviceUrl)) return "local Teams mode answers only to a connector on this machine (serviceUrl)";
    return null;
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (stopped) return sendError(res, 503, "shutting down");
    const early = localRefusal(req, null);
    if (early) {
      logger.warn("teams request refused in local mode", { remote: req.socket.remoteAddress });
      return sendError(res, 403, early);
    }
    let body: Record<string, unknown>;
    try {
      body = await readJsonBody(req, deps.maxBodyBytes ?? MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyError) return sendError(res, error.status, error.message);
      throw error;
    }
    if (!looksLikeActivity(body)) return sendError(res, 400, "not a Bot Framework activity");
    const refused = localRefusal(req, body);
    if (refused) return sendError(res, 400, refused);
    const activity = toActivity(body);
    const authorization = String(req.headers.authorization ?? "");
    const checked = await authenticateInbound(auth, activity, authorization);
    if (!checked.ok) {
      logger[checked.status === 401 ? "info" : "error"]("teams request not authenticated", { status: checked.status, error: checked.cause });
      return sendError(res, checked.status, checked.body);
    }
    const turn = adapter.runTurn(checked.result, activity as Activity, logic);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), deps.turnDeadlineMs ?? TURN_RESPONSE_DEADLINE_MS)));
    const first = await Promise.race([turn, late]).finally(() => clearTimeout(timer));
    if (first !== "late") return sendJson(res, first?.status ?? 200, first?.body);
    logger.warn("teams turn still running; accepted now, the reply follows when ready", { activityId: activity.id, type: activity.type });
    sendJson(res, 202, undefined);
    await turn; // still in flight: stop() waits for it
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
    mode,
    routes: [route, ...pageRoutes()],
    poster,
    async start() {
      stopped = false;
      if (mode.kind === "local") {
        logger.info("teams adapter in local mode", {
          path: TEAMS_MESSAGES_PATH,
          accepts: "unauthenticated activities from this machine only (loopback, no proxy): Agents Playground, Bot Framework Emulator",
          toConnect: "set MicrosoftAppId and MicrosoftAppPassword (or MicrosoftAppType=UserAssignedMSI with MicrosoftAppTenantId)",
        });
      } else {
        logger.info("teams adapter ready", { path: TEAMS_MESSAGES_PATH, appType: mode.appType });
      }
    },
    async stop() {
      stopped = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
