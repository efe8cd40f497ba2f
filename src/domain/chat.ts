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

/**
 * Outbound port: post a view to a stored target. Implemented by each platform adapter.
 * Throws BreachRadarError RATE_LIMITED (with retryAfterSec) or TARGET_GONE for the
 * scheduler to act on; any other failure as PLATFORM_ERROR.
 */
export interface ChatPoster {
  readonly platform: Exclude<Platform, "console">;
  post(target: string, view: View, options?: { conversationRef?: unknown; threadId?: string }): Promise<PostedMessage>;
}
