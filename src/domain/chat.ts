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
}

/** Result of posting a view to a target. */
export interface PostedMessage {
  /** Platform message id (Slack ts, Teams activity id). */
  messageId: string;
  /** Thread id replies should use (often equal to messageId). */
  threadId: string;
}

/**
 * Outbound port: post a view to a stored target. Implemented by each platform adapter (the
 * console's posts into the running terminal session, or a file without one).
 * Throws BreachRadarError RATE_LIMITED (with retryAfterSec) or TARGET_GONE for the
 * scheduler to act on; any other failure as PLATFORM_ERROR.
 */
export interface ChatPoster {
  readonly platform: Platform;
  post(target: string, view: View, options?: { conversationRef?: unknown; threadId?: string }): Promise<PostedMessage>;
}
