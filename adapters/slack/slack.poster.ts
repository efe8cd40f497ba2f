import { WebClient, type RetryOptions } from "@slack/web-api";
import type { ChatPoster, PostedMessage } from "../../src/domain/chat.js";
import { isBreachRadarError } from "../../src/domain/errors.js";
import type { View } from "../../src/domain/view.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";
import { mapSlackError } from "./slack.errors.js";
import { toSlackLogger } from "./slack.logger.js";
import { renderBlocks } from "./slack.render.js";
import { decodeSlackTarget } from "./slack.target.js";

/** Resolves the bot token for a workspace (installation store or the single bot token). */
export type TokenResolver = (teamId: string) => Promise<string>;

/** How the Web API client is configured; tests shorten the waits. */
export interface SlackClientSettings {
  /** SLACK_API_URL, e.g. a fake server in tests. Default https://slack.com/api/. */
  slackApiUrl?: string;
  /** Retries for network errors and 5xx (exponential). */
  retryConfig?: RetryOptions;
  /** A 429 whose Retry-After is at most this many seconds is waited for and retried in place… */
  maxInlineWaitSec?: number;
  /** …up to this many times; a longer wait (or more 429s) surfaces RATE_LIMITED with retryAfterSec. */
  rateLimitRetries?: number;
  timeoutMs?: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000, randomize: true };

/** One WebClient per token (Slack rate limits are per app per workspace), created on first use. */
export function createClientCache(settings: SlackClientSettings, logger: Logger): (token: string) => WebClient {
  const clients = new Map<string, WebClient>();
  const slackLogger = toSlackLogger(logger.child({ sdk: "web-api" }));
  return (token) => {
    let client = clients.get(token);
    if (!client) {
      client = new WebClient(token, {
        slackApiUrl: settings.slackApiUrl,
        retryConfig: settings.retryConfig ?? DEFAULT_RETRY,
        // 429s come back to us at once with their Retry-After, so one busy channel never pauses
        // the shared request queue for minutes; `withRateLimitRetry` decides what to wait for.
        rejectRateLimitedCalls: true,
        timeout: settings.timeoutMs ?? 10_000,
        logger: slackLogger,
      });
      clients.set(token, client);
    }
    return client;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a Web API call, mapping errors; short 429s are waited out and retried, long ones surface. */
export async function withRateLimitRetry<T>(op: string, settings: SlackClientSettings, call: () => Promise<T>): Promise<T> {
  const maxWait = settings.maxInlineWaitSec ?? 5;
  const retries = settings.rateLimitRetries ?? 2;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      try {
        mapSlackError(err, op);
      } catch (mapped) {
        const wait = isBreachRadarError(mapped, "RATE_LIMITED") ? (mapped.retryAfterSec ?? maxWait + 1) : Infinity;
        if (attempt >= retries || wait > maxWait) throw mapped;
        await sleep(wait * 1000);
      }
    }
  }
}

export interface SlackPosterDeps {
  tokenFor: TokenResolver;
  clientFor: (token: string) => WebClient;
  store: Pick<Store, "recordPost">;
  settings: SlackClientSettings;
  logger: Logger;
}

/**
 * Outbound port for digests and alerts: chat.postMessage with the rendered blocks, the
 * workspace's own token, and every incident post recorded so thread questions find it.
 * Each call is independent: one failing channel never blocks another.
 */
export function createSlackPoster(deps: SlackPosterDeps): ChatPoster {
  const log = deps.logger.child({ component: "slack.poster" });
  return {
    platform: "slack",
    async post(target: string, view: View, options = {}): Promise<PostedMessage> {
      const { teamId, channelId } = decodeSlackTarget(target);
      const client = deps.clientFor(await deps.tokenFor(teamId));
      const message = renderBlocks(view);
      const result = await withRateLimitRetry("chat.postMessage", deps.settings, () =>
        client.chat.postMessage({ channel: channelId, ...message, thread_ts: options.threadId, unfurl_links: false, unfurl_media: false }),
      );
      const messageId = result.ts ?? "";
      const posted = { messageId, threadId: options.threadId ?? messageId };
      await recordIncidentPost(deps.store, log, target, posted, view.incidentId);
      return posted;
    },
  };
}

/** Remembers which incident a bot message is about; a failure here must not fail the post. */
export async function recordIncidentPost(
  store: Pick<Store, "recordPost">, log: Logger, target: string, posted: PostedMessage, incidentId: string | undefined,
): Promise<void> {
  if (!incidentId || !posted.messageId) return;
  try {
    await store.recordPost({ target, messageId: posted.messageId, threadId: posted.threadId, incidentId });
  } catch (error) {
    log.warn("could not record post", { target, incidentId, error });
  }
}
