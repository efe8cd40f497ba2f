import { TurnContext, type Activity, type ConversationReference } from "botbuilder";
import { z } from "zod";
import type { ChatContext } from "../../src/domain/chat.js";
import { baseConversationId, encodeTeamsTarget, NO_TENANT, threadRootOf } from "./teams.target.js";
import type { TeamsConversationKind } from "./teams.wording.js";

export type { TeamsConversationKind } from "./teams.wording.js";

/** A card button click: Action.Submit data arrives as `activity.value`. */
const SubmitValue = z.object({ command: z.string().trim().min(1).max(500) });

/** Entities Teams leaves in message text (it sends HTML-ish text for rich messages). */
const ENTITIES: Record<string, string> = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
/** Every `<at>…</at>` mention: the bot's, and other people's (they are not search text). */
const MENTIONS = /<at\b[^>]*>[\s\S]*?<\/at>/gi;
/**
 * Markup tags (rich "xml" messages: <p>, <b>, <span …>, <br/>). A `<` the user typed arrives as
 * `&lt;`, so a real tag in the text is always formatting, whatever `textFormat` says.
 */
const TAGS = /<\/?[a-zA-Z][^<>]*>/g;
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi;

function decodeEntity(entity: string, body: string): string {
  const code = body.startsWith("#x") || body.startsWith("#X") ? parseInt(body.slice(2), 16) : body.startsWith("#") ? Number(body.slice(1)) : NaN;
  if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) return code === 0xa0 ? " " : String.fromCodePoint(code);
  return ENTITIES[entity.toLowerCase()] ?? entity;
}

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

/** The team a channel activity belongs to (channelData.team.id), if any. */
export function teamIdOf(activity: Partial<Activity>): string | undefined {
  const team = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  return typeof team === "string" && team !== "" ? team : undefined;
}

/** What the store keeps to post later: a conversation reference, plus the team of a channel (to pause it when the bot leaves the team). */
export type StoredTeamsReference = Partial<ConversationReference> & { teamId?: string };

/** The reference kept in the store to post later: the conversation itself, not a message in it. */
export function storedReference(activity: Partial<Activity>): StoredTeamsReference {
  const ref = TurnContext.getConversationReference(activity);
  const conversation = ref.conversation ? { ...ref.conversation, id: baseConversationId(ref.conversation.id) } : undefined;
  const { activityId: _activityId, ...rest } = ref;
  const teamId = conversationKind(activity) === "channel" ? teamIdOf(activity) : undefined;
  return { ...rest, ...(conversation ? { conversation } : {}), ...(teamId ? { teamId } : {}) };
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

/** The message text addressed to the bot: every mention and formatting tag removed, entities decoded, whitespace collapsed. */
export function messageText(activity: Partial<Activity>): string {
  return (activity.text ?? "")
    .replace(MENTIONS, " ")
    .replace(TAGS, " ")
    .replace(ENTITY, (entity, body: string) => decodeEntity(entity, body))
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

/** A message the bot itself (or another bot) sent: with RSC, Teams delivers those too. Never answered. */
export function isFromBot(activity: Partial<Activity>): boolean {
  const from = activity.from;
  if (!from) return false;
  return (Boolean(from.id) && from.id === activity.recipient?.id) || from.role === "bot";
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
