/**
 * Teams activities shaped like the ones the Bot Connector delivers (ids scrubbed and invented),
 * and a small hand-written BotCore fake that records its calls and returns fixed views.
 */
import type { BotCore } from "../../src/bot/bot.port.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { View } from "../../src/domain/view.js";

export const TENANT = "72f988bf-0000-4000-8000-00000000ab01";
export const BOT = { id: "28:00000000-0000-4000-8000-0000000b0701", name: "Breach Radar" };
export const USER = { id: "29:1user-scrubbed", name: "Dana Analyst", aadObjectId: "00000000-0000-4000-8000-0000000000aa" };
export const CHANNEL_ID = "19:general-scrubbed@thread.tacv2";
export const PERSONAL_ID = "a:1personal-chat-scrubbed";
export const GROUP_ID = "19:groupchat-scrubbed@thread.v2";

let seq = 1_700_000_000_000;
const nextId = (): string => String(++seq);

function base(serviceUrl: string, conversation: Record<string, unknown>, id: string): Record<string, unknown> {
  return {
    id,
    timestamp: new Date("2025-07-03T09:00:00Z").toISOString(),
    serviceUrl,
    channelId: "msteams",
    from: USER,
    recipient: BOT,
    conversation: { tenantId: TENANT, ...conversation },
    channelData: { tenant: { id: TENANT } },
    locale: "en-GB",
  };
}

/** A 1:1 chat message. */
export function personalMessage(serviceUrl: string, text: string): Record<string, unknown> {
  return { ...base(serviceUrl, { conversationType: "personal", id: PERSONAL_ID }, nextId()), type: "message", textFormat: "plain", text };
}

/** A channel message mentioning the bot. `rootId` = the reply chain it belongs to (itself for a new post). */
export function channelMention(serviceUrl: string, text: string, rootId?: string): Record<string, unknown> {
  const id = nextId();
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, { isGroup: true, conversationType: "channel", id: `${CHANNEL_ID};messageid=${rootId ?? id}` }, id),
    ...(rootId ? { replyToId: rootId } : {}),
    type: "message",
    textFormat: "plain",
    text: `${mention} ${text}\n`,
    entities: [
      { type: "mention", text: mention, mentioned: { id: BOT.id, name: BOT.name } },
      { type: "clientInfo", locale: "en-GB", country: "GB", platform: "Web", timezone: "Europe/London" },
    ],
    channelData: {
      teamsChannelId: CHANNEL_ID,
      teamsTeamId: "19:team-scrubbed@thread.tacv2",
      channel: { id: CHANNEL_ID },
      team: { id: "19:team-scrubbed@thread.tacv2" },
      tenant: { id: TENANT },
    },
  };
}

/** A group chat message mentioning the bot. */
export function groupMention(serviceUrl: string, text: string): Record<string, unknown> {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, { isGroup: true, conversationType: "groupChat", id: GROUP_ID }, nextId()),
    type: "message",
    textFormat: "plain",
    text: `${mention}&nbsp;${text}`,
    entities: [{ type: "mention", text: mention, mentioned: { id: BOT.id, name: BOT.name } }],
  };
}

/** An Action.Submit click on a card the bot posted (`cardId`) in the personal chat. */
export function submitClick(serviceUrl: string, command: string, cardId: string): Record<string, unknown> {
  return {
    ...base(serviceUrl, { conversationType: "personal", id: PERSONAL_ID }, nextId()),
    type: "message",
    replyToId: cardId,
    value: { command },
  };
}

/** The bot was added to a team (membersAdded contains the bot). */
export function botAddedToTeam(serviceUrl: string): Record<string, unknown> {
  return {
    ...base(serviceUrl, { isGroup: true, conversationType: "channel", id: CHANNEL_ID }, nextId()),
    type: "conversationUpdate",
    membersAdded: [{ id: BOT.id }],
    channelData: { eventType: "teamMemberAdded", team: { id: "19:team-scrubbed@thread.tacv2" }, tenant: { id: TENANT } },
  };
}

export const INCIDENT_ID = "qantas-2025-06";

export function incidentView(incidentId: string = INCIDENT_ID): View {
  return {
    kind: "incident",
    title: "Qantas: customer records taken via a call-centre platform",
    subtitle: "Airline · high severity · confirmed",
    incidentId,
    sections: [
      { facts: [{ label: "Vendor", value: "Salesforce (CRM)" }, { label: "Actor", value: "Scattered Spider (suspected)" }] },
      { badges: [{ label: "Email addresses", tone: "exposed" }, { label: "Payment cards", tone: "safe" }] },
    ],
    actions: [
      { id: "actions", label: "Recommended actions", command: `actions ${incidentId}`, style: "primary" },
      { id: "sources", label: "Sources", command: `sources ${incidentId}` },
    ],
    context: "Updated 2025-07-02 · 3 sources",
    fallbackText: "Qantas: customer records taken via a call-centre platform (high, confirmed)",
  };
}

export function answerView(text: string): View {
  return { kind: "answer", title: "Answer", sections: [{ text }], fallbackText: text };
}

export interface RecordedCall {
  method: "handleCommand" | "handleMessage" | "answer";
  text: string;
  ctx: ChatContext;
}

/**
 * A BotCore fake: an incident view for anything mentioning "latest"/"show", a thread answer naming
 * the incident the adapter passed in ctx.incidentId, the help view for "help", else an answer.
 */
export function fakeCore(): BotCore & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const respond = async (method: RecordedCall["method"], text: string, ctx: ChatContext): Promise<View> => {
    calls.push({ method, text, ctx });
    if (/^help$/i.test(text)) return { kind: "help", title: "Breach Radar help", sections: [{ bullets: ["latest", "show <id>"] }], fallbackText: "help" };
    if (/\b(latest|show|actions)\b/i.test(text)) return incidentView();
    return answerView(`About ${ctx.incidentId ?? "no incident"}: ${text}`);
  };
  return {
    calls,
    handleCommand: (text, ctx) => respond("handleCommand", text, ctx),
    handleMessage: (text, ctx) => respond("handleMessage", text, ctx),
    answer: (text, ctx) => respond("answer", text, ctx),
  };
}

/**
 * A channel message WITHOUT a mention, as Teams delivers it when the app has the RSC permission
 * ChannelMessage.Read.Group: `rootId` = the reply chain (itself for a new top-level post).
 */
export function channelMessage(serviceUrl: string, text: string, rootId?: string): Record<string, unknown> {
  const mentioned = channelMention(serviceUrl, text, rootId);
  return { ...mentioned, text, entities: [{ type: "clientInfo", locale: "en-GB", country: "GB", platform: "Web", timezone: "Europe/London" }] };
}

/** A group chat message without a mention (delivered with the RSC permission ChatMessage.Read.Chat). */
export function groupMessage(serviceUrl: string, text: string): Record<string, unknown> {
  return { ...groupMention(serviceUrl, text), text, entities: [] };
}

/** The bot was removed from the team (membersRemoved contains the bot). */
export function botRemovedFromTeam(serviceUrl: string): Record<string, unknown> {
  return {
    ...botAddedToTeam(serviceUrl),
    id: nextId(),
    membersAdded: undefined,
    membersRemoved: [{ id: BOT.id }],
    channelData: { eventType: "teamMemberRemoved", team: { id: "19:team-scrubbed@thread.tacv2" }, tenant: { id: TENANT } },
  };
}

/** The app was uninstalled from the personal scope. */
export function appUninstalledPersonal(serviceUrl: string): Record<string, unknown> {
  return { ...base(serviceUrl, { conversationType: "personal", id: PERSONAL_ID }, nextId()), type: "installationUpdate", action: "remove" };
}
