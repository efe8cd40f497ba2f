import { ActivityTypes, type TurnContext } from "botbuilder";
import type { BotCore, FollowUp } from "../../src/bot/bot.port.js";
import { pauseOnRemoval } from "../../src/bot/conversation.lifecycle.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { View } from "../../src/domain/view.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";
import { viewToActivity } from "./teams.activity.js";
import type { ActivityDeduper } from "./teams.dedupe.js";
import {
  botWasAdded, botWasRemoved, chatContextOf, conversationKind, isFromBot, mentionsBot, messageText, storedReference, submittedCommand,
  targetOf, teamIdOf, threadIdOf, type TeamsConversationKind,
} from "./teams.context.js";

export interface TurnDeps {
  core: BotCore;
  store: Store;
  logger: Logger;
  /** Drops redeliveries (Teams retries a slow turn) of activities the bot answers. */
  deduper: ActivityDeduper;
  now?: () => Date;
  /**
   * Where a result that takes longer than a turn goes (`add URL` reads a page): a proactive message
   * in the same conversation and thread, so the turn ends within Teams' 15 s.
   */
  followUpFor?: (ctx: ChatContext) => FollowUp;
}

type Handler = (context: TurnContext) => Promise<void>;

/**
 * Is a message without an @mention meant for the bot? With the RSC permissions of the manifest,
 * Teams delivers every message of a channel or group chat; the bot answers only in a 1:1 chat and
 * in channel threads it has posted an incident into, and ignores the rest of the conversation.
 */
const ADDRESSED_WITHOUT_MENTION: Record<TeamsConversationKind, (ctx: ChatContext) => boolean> = {
  personal: () => true,
  channel: (ctx) => Boolean(ctx.incidentId),
  groupChat: () => false,
};

/**
 * The bot's turn logic: converts each inbound activity into one BotCore call and sends the
 * returned view back into the same conversation (a channel reply lands in its reply chain,
 * because Teams' conversation id already carries `;messageid=<root>`). No business decisions here.
 */
export function createTurnHandler(deps: TurnDeps): Handler {
  const remembered = new Set<string>();
  const now = deps.now ?? (() => new Date());

  /** Keeps the conversation reference so proactive posts still work after a restart. Once per process. */
  async function remember(context: TurnContext): Promise<void> {
    const target = targetOf(context.activity);
    if (remembered.has(target)) return;
    await deps.store.saveInstallation({ platform: "teams", id: target, data: storedReference(context.activity) });
    remembered.add(target);
  }

  /** Sends the view as a card worded for this conversation; remembers which incident the post is about. */
  async function reply(context: TurnContext, ctx: ChatContext, view: View): Promise<void> {
    const sent = await context.sendActivity(viewToActivity(view, { conversation: conversationKind(context.activity) }));
    if (view.incidentId && sent?.id) {
      await deps.store.recordPost({ target: ctx.target, messageId: sent.id, threadId: ctx.threadId ?? sent.id, incidentId: view.incidentId });
    }
  }

  /** Only what the bot answers is checked (not every channel message RSC delivers): one id, one answer. */
  async function firstTime(context: TurnContext): Promise<boolean> {
    if (await deps.deduper.firstSeen(context.activity)) return true;
    deps.logger.info("teams activity already handled; ignoring the redelivery", { activityId: context.activity.id, type: context.activity.type });
    return false;
  }

  async function contextFor(context: TurnContext): Promise<ChatContext> {
    const target = targetOf(context.activity);
    const threadId = threadIdOf(context.activity);
    const incidentId = threadId ? await deps.store.incidentForThread(target, threadId) : null;
    return chatContextOf(context.activity, incidentId);
  }

  async function onMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (isFromBot(activity)) return;
    const command = submittedCommand(activity);
    const text = command === undefined ? messageText(activity) : "";
    const mentioned = mentionsBot(activity);
    // An image or file alone is not addressed to the bot; a bare @mention is (the core answers with help).
    if (command === undefined && text === "" && !mentioned) return;
    const ctx = await contextFor(context);
    if (command === undefined && !mentioned && !ADDRESSED_WITHOUT_MENTION[conversationKind(activity)](ctx)) return;
    if (!(await firstTime(context))) return;
    await remember(context);
    deps.logger.debug("teams turn", { target: ctx.target, threadId: ctx.threadId, incidentId: ctx.incidentId, click: command !== undefined });
    const options = deps.followUpFor ? { followUp: deps.followUpFor(ctx) } : undefined;
    const view = command !== undefined ? await deps.core.handleCommand(command, ctx, options) : await deps.core.handleMessage(text, ctx, options);
    await reply(context, ctx, view);
  }

  /** Targets the bot leaves: this conversation, and when it leaves a team, every channel of that team. */
  async function leftTargets(context: TurnContext): Promise<string[]> {
    const target = targetOf(context.activity);
    const teamId = conversationKind(context.activity) === "channel" ? teamIdOf(context.activity) : undefined;
    if (!teamId) return [target];
    const subs = await deps.store.listSubscriptions({ platform: "teams", workspaceId: chatContextOf(context.activity).workspaceId });
    const inTeam = subs.filter((s) => (s.conversationRef as { teamId?: unknown } | undefined)?.teamId === teamId).map((s) => s.target);
    return [...new Set([target, ...inTeam])];
  }

  /** Bot removed or app uninstalled: pause the digests there (reason shown by `subscriptions`), forget the reference. */
  async function forget(context: TurnContext): Promise<void> {
    const targets = await leftTargets(context);
    for (const target of targets) {
      const paused = await pauseOnRemoval(deps.store, target, now());
      await deps.store.deleteInstallation("teams", target);
      remembered.delete(target);
      deps.logger.info("teams bot removed", { target, subscriptionPaused: paused });
    }
  }

  /** Bot added to a team, group chat or 1:1 chat: keep the reference and say what it can do. */
  async function onConversationUpdate(context: TurnContext): Promise<void> {
    if (botWasRemoved(context.activity)) return forget(context);
    if (!botWasAdded(context.activity) || !(await firstTime(context))) return;
    remembered.delete(targetOf(context.activity));
    await remember(context);
    deps.logger.info("teams bot added", { target: targetOf(context.activity) });
    const ctx = await contextFor(context);
    await reply(context, ctx, await deps.core.handleCommand("help", ctx));
  }

  /** App (un)installed; conversationUpdate follows an install and sends the welcome. */
  async function onInstallationUpdate(context: TurnContext): Promise<void> {
    const action = String((context.activity as { action?: unknown }).action ?? "");
    if (action.startsWith("remove")) return forget(context);
    if (action.startsWith("add")) {
      remembered.delete(targetOf(context.activity));
      await remember(context);
    }
  }

  /** Activity types → handlers, as data; anything else is acknowledged and ignored. */
  const handlers: Record<string, Handler> = {
    [ActivityTypes.Message]: onMessage,
    [ActivityTypes.ConversationUpdate]: onConversationUpdate,
    [ActivityTypes.InstallationUpdate]: onInstallationUpdate,
  };

  return async (context) => {
    const handler = handlers[context.activity.type];
    if (handler) await handler(context);
  };
}
