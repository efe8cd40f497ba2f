import type { View } from "./view.js";

export type Platform = "slack" | "teams" | "console";

/**
 * Where a command or question came from. `target` is opaque and platform-prefixed
 * ("slack:T123:C456", "teams:<tenant>:<conversation>", "console:local"); only the
 * adapter that made it decodes it.
 */
export interface ChatContext {
  platform: Platform;
  /** Slack team id, Teams tenant id, "local" for the console. */
  workspaceId: string;
  /** Opaque, platform-prefixed channel/conversation target. */
  target: string;
  userId: string;
  /** Thread root (Slack thread_ts, Teams reply-chain id), when the message is in a thread. */
  threadId?: string;
  /** Incident the thread is about, when the adapter already knows it. */
  incidentId?: string;
  /** Extra platform data the store keeps to post later (Teams conversation reference). Opaque to the core. */
  conversationRef?: unknown;
  /**
   * Most list items (each with its buttons) one message can show on this platform (Slack's
   * 50-block budget, a Teams card's size). List commands page within it, so what a footer says
   * is shown is what is shown. Absent = no limit (console, CLI).
   */
  maxListItems?: number;
}

/** Result of posting a view to a target. */
export interface PostedMessage {
  /** Platform message id (Slack ts, Teams activity id). */
  messageId: string;
  /** Thread id replies should use (often equal to messageId). */
  threadId: string;
}

/** Options of one outbound post. */
export interface PostOptions {
  conversationRef?: unknown;
  threadId?: string;
  /**
   * The outbox key of this post. Posters attach it where the platform keeps it with the message
   * (Slack message metadata) so `findPosted` can tell whether an earlier attempt got through.
   */
  idempotencyKey?: string;
}

/**
 * Outbound port: post a view to a stored target. Implemented by each platform adapter (the
 * console's posts into the running terminal session, or a file without one).
 * Failures are BreachRadarErrors whose code tells the outbox what to do:
 * - RATE_LIMITED (retryAfterSec): wait that long before posting to this target again;
 * - TARGET_GONE: the channel/conversation is gone or closed to the bot: pause what posts there;
 * - NOT_IN_CHANNEL: the bot must be invited back; retry now and then, resume by itself;
 * - INSTALLATION_BROKEN: the workspace's token or scopes are unusable: hold every post of that workspace;
 * - POST_REJECTED: the platform refused this message (too large, malformed): retry a few times, then give up;
 * - OUTCOME_UNKNOWN: the request may have reached the platform (timeout, reset): check before re-posting;
 * - anything else (PLATFORM_ERROR): transient, back off and retry.
 * Posters must not wait out long rate limits or retry inside `post`: the outbox does that for every replica.
 */
export interface ChatPoster {
  readonly platform: Platform;
  post(target: string, view: View, options?: PostOptions): Promise<PostedMessage>;
  /**
   * Looks for a message this bot posted to `target` with `idempotencyKey` at or after `since`.
   * Only on platforms that let the bot read its recent messages; without it, a post whose outcome
   * was unknown is posted again (at-least-once).
   */
  findPosted?(target: string, idempotencyKey: string, since: Date): Promise<PostedMessage | null>;
  /** A target that reaches `userId` directly (Slack DM), for notices when a channel is gone; null if none. */
  directTarget?(workspaceId: string, userId: string): string | null;
}
