import { TurnContext, type Activity, type ConversationReference } from "botbuilder";
import { z } from "zod";
import type { ChatContext } from "../../src/domain/chat.js";
import { baseConversationId, encodeTeamsTarget, NO_TENANT, threadRootOf } from "./teams.target.js";

/** Teams conversation types as they arrive in `activity.conversation.conversationType`. */
export type TeamsConversationKind = "personal" | "groupChat" | "channel";

/** A card button click: Action.Submit data arrives as `activity.value`. */
const SubmitValue = z.object({ command: z.string().trim().min(1).max(500) });

/** Entities Teams leaves in message text (it sends HTML-ish text for rich messages). */
const ENTITIES: Record<string, string> = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'" };

export function conversationKind(activity: Partial<Activity>): TeamsConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === "channel" || type === "groupChat" || type === "personal") return type;
  return activity.conversation?.isGroup ? "groupChat" : "personal";
}

export function tenantOf(activity: Partial<Activity>): string {
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenant = activity.conversation?.tenantId ?? (typeof fromChannelData === "string" ? fromChannelData : undefined);
  return tenant && !tenant.includes(":") ? tenant : NO_TENANT;
}

/** The opaque target of the conversation the activity belongs to (channel, not reply chain). */
export function targetOf(activity: Partial<Activity>): string {
  return encodeTeamsTarget({ tenantId: tenantOf(activity), conversationId: activity.conversation?.id ?? "" });
}

/**
 * Reply-chain id: in a channel the root message id (`;messageid=` suffix, Teams sets it on every
 * channel message); a personal or group chat has no reply chains, so the chat itself is the thread.
 */
export function threadIdOf(activity: Partial<Activity>): string | undefined {
  const conversationId = activity.conversation?.id ?? "";
  if (conversationKind(activity) === "channel") return threadRootOf(conversationId) ?? activity.replyToId ?? activity.id;
  return conversationId ? baseConversationId(conversationId) : undefined;
}

/** The reference kept in the store to post later: the conversation itself, not a message in it. */
export function storedReference(activity: Partial<Activity>): Partial<ConversationReference> {
  const ref = TurnContext.getConversationReference(activity);
  const conversation = ref.conversation ? { ...ref.conversation, id: baseConversationId(ref.conversation.id) } : undefined;
  const { activityId: _activityId, ...rest } = ref;
  return { ...rest, ...(conversation ? { conversation } : {}) };
}

/** Neutral ChatContext for the core. */
export function chatContextOf(activity: Partial<Activity>, incidentId?: string | null): ChatContext {
  const threadId = threadIdOf(activity);
  return {
    platform: "teams",
    workspaceId: tenantOf(activity),
    target: targetOf(activity),
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? "unknown",
    ...(threadId ? { threadId } : {}),
    ...(incidentId ? { incidentId } : {}),
    conversationRef: storedReference(activity),
  };
}

/** The message text addressed to the bot: bot mention removed, entities decoded, whitespace collapsed. */
export function messageText(activity: Partial<Activity>): string {
  const withoutMention = activity.recipient?.id ? TurnContext.removeRecipientMention(activity) : activity.text;
  return (withoutMention ?? activity.text ?? "")
    .replace(/<at>(.*?)<\/at>/gi, "$1")
    .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\s+/g, " ")
    .trim();
}

/** The command a card button carries, when the activity is a click. */
export function submittedCommand(activity: Partial<Activity>): string | undefined {
  const parsed = SubmitValue.safeParse(activity.value);
  return parsed.success ? parsed.data.command : undefined;
}

/** Does the message @mention the bot (a bare mention still deserves an answer)? */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return Boolean(botId && activity.entities?.some((e) => e.type === "mention" && (e as { mentioned?: { id?: string } }).mentioned?.id === botId));
}

/** Did this conversationUpdate add the bot itself (install in a team, chat or 1:1)? */
export function botWasAdded(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return Boolean(botId && activity.membersAdded?.some((m) => m.id === botId));
}

export function botWasRemoved(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return Boolean(botId && activity.membersRemoved?.some((m) => m.id === botId));
}
