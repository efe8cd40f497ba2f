import { WebClient, type RetryOptions } from "@slack/web-api";
import type { ChatPoster, PostedMessage } from "../../src/domain/chat.js";
import { isBreachRadarError } from "../../src/domain/errors.js";
import type { View } from "../../src/domain/view.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";
import { mapSlackError } from "./slack.errors.js";
import { toSlackLogger } from "./slack.logger.js";
import { renderBlocks } from "./slack.render.js";
import { decodeSlackTarget, encodeSlackTarget } from "./slack.target.js";

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
/** Posting clients never retry inside a call: a re-sent post may duplicate one Slack accepted. The outbox retries, after checking. */
const NO_RETRY: RetryOptions = { retries: 0 };
/** Default request timeout of posting clients; the outbox's own deadline is a little longer. */
export const POST_TIMEOUT_MS = 10_000;

/** One posting WebClient per token (Slack rate limits are per app per workspace), created on first use. */
export function createClientCache(settings: SlackClientSettings, logger: Logger): (token: string) => WebClient {
  const clients = new Map<string, WebClient>();
  const slackLogger = toSlackLogger(logger.child({ sdk: "web-api" }));
  return (token) => {
    let client = clients.get(token);
    if (!client) {
      client = new WebClient(token, {
        slackApiUrl: settings.slackApiUrl,
        retryConfig: NO_RETRY,
        // 429s come back at once with their Retry-After: the outbox stores it on the target for every
        // replica instead of pausing this client's request queue (and every other channel) for minutes.
        rejectRateLimitedCalls: true,
        timeout: settings.timeoutMs ?? POST_TIMEOUT_MS,
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

/** The message-metadata event type our posts carry; its payload holds the outbox key. */
export const POST_METADATA_EVENT = "breach_radar_post";
/** History pages read when looking for an earlier copy of a post (recent messages only). */
const FIND_MAX_PAGES = 3;

interface HistoryMessage {
  ts?: string;
  thread_ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/**
 * Outbound port for digests and alerts: one chat.postMessage per call with the rendered blocks and
 * the workspace's own token, no retries inside (the outbox retries). Each post carries its outbox key as
 * message metadata, so after an unknown outcome `findPosted` reads the channel's recent history and
 * finds the copy Slack already has instead of posting a second one.
 */
export function createSlackPoster(deps: SlackPosterDeps): ChatPoster {
  async function call<T>(op: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      mapSlackError(error, op);
    }
  }
  return {
    platform: "slack",
    async post(target: string, view: View, options = {}): Promise<PostedMessage> {
      const { teamId, channelId } = decodeSlackTarget(target);
      const client = deps.clientFor(await deps.tokenFor(teamId));
      const message = renderBlocks(view);
      const metadata = options.idempotencyKey ? { event_type: POST_METADATA_EVENT, event_payload: { key: options.idempotencyKey } } : undefined;
      const result = await call("chat.postMessage", () =>
        client.chat.postMessage({ channel: channelId, ...message, thread_ts: options.threadId, unfurl_links: false, unfurl_media: false, ...(metadata ? { metadata } : {}) }),
      );
      const messageId = result.ts ?? "";
      return { messageId, threadId: options.threadId ?? messageId };
    },
    async findPosted(target: string, key: string, since: Date): Promise<PostedMessage | null> {
      const { teamId, channelId } = decodeSlackTarget(target);
      const client = deps.clientFor(await deps.tokenFor(teamId));
      let cursor: string | undefined;
      for (let page = 0; page < FIND_MAX_PAGES; page++) {
        const oldest = (Math.floor(since.getTime() / 1000)).toString();
        const result = await call("conversations.history", () =>
          client.conversations.history({ channel: channelId, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) }),
        );
        const hit = ((result.messages ?? []) as HistoryMessage[]).find((m) => m.metadata?.event_type === POST_METADATA_EVENT && m.metadata.event_payload?.key === key);
        if (hit?.ts) return { messageId: hit.ts, threadId: hit.thread_ts ?? hit.ts };
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!result.has_more || !cursor) break;
      }
      return null;
    },
    directTarget(workspaceId: string, userId: string): string | null {
      try {
        return encodeSlackTarget({ teamId: workspaceId, channelId: userId });
      } catch {
        return null;
      }
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
