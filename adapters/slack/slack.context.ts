import type { ChatContext } from "../../src/domain/chat.js";
import { SLACK_LIMITS } from "./slack.limits.js";
import { encodeSlackTarget } from "./slack.target.js";

/** The Slack facts a ChatContext is made from, whatever payload they came in. */
export interface SlackOrigin {
  teamId: string;
  channelId: string;
  userId: string;
  threadId?: string;
  incidentId?: string;
}

/**
 * List items one message shows: each item with buttons takes two blocks (section + actions) of
 * Slack's 50, and the header, subtitle, heading, page buttons and footer need a few more.
 */
export const SLACK_LIST_ITEMS = Math.floor((SLACK_LIMITS.messageBlocks - 8) / 2);

/** Slack payload → platform-neutral ChatContext (the target is opaque to the core). */
export function toChatContext(origin: SlackOrigin): ChatContext {
  const ctx: ChatContext = {
    platform: "slack",
    workspaceId: origin.teamId,
    target: encodeSlackTarget({ teamId: origin.teamId, channelId: origin.channelId }),
    userId: origin.userId,
    maxListItems: SLACK_LIST_ITEMS,
  };
  if (origin.threadId) ctx.threadId = origin.threadId;
  if (origin.incidentId) ctx.incidentId = origin.incidentId;
  return ctx;
}

/** `<@UBOT> was passport data taken?` → `was passport data taken?` (leading mentions only). */
export function stripLeadingMentions(text: string): string {
  return text.replace(/^(\s*<@[A-Z0-9]+(\|[^>]*)?>[\s,:]*)+/, "").trim();
}

/** True when the message text mentions this bot user anywhere (then app_mention handles it). */
export const mentionsUser = (text: string | undefined, userId: string | undefined): boolean =>
  Boolean(text && userId && text.includes(`<@${userId}`));
