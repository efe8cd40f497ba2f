import { ActivityTypes, type TurnContext } from "botbuilder";
import type { BotCore } from "../../src/bot/bot.port.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { View } from "../../src/domain/view.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";
import { viewToActivity } from "./teams.activity.js";
import {
  botWasAdded, botWasRemoved, chatContextOf, mentionsBot, messageText, storedReference, submittedCommand, targetOf, threadIdOf,
} from "./teams.context.js";

export interface TurnDeps {
  core: BotCore;
  store: Store;
  logger: Logger;
}

type Handler = (context: TurnContext) => Promise<void>;

/**
 * The bot's turn logic: converts each inbound activity into one BotCore call and sends the
 * returned view back into the same conversation (a channel reply lands in its reply chain,
 * because Teams' conversation id already carries `;messageid=<root>`). No business decisions here.
 */
export function createTurnHandler(deps: TurnDeps): Handler {
  const remembered = new Set<string>();

  /** Keeps the conversation reference so proactive posts still work after a restart. Once per process. */
  async function remember(context: TurnContext): Promise<void> {
    const target = targetOf(context.activity);
    if (remembered.has(target)) return;
    await deps.store.saveInstallation({ platform: "teams", id: target, data: storedReference(context.activity) });
    remembered.add(target);
  }

  async function reply(context: TurnContext, ctx: ChatContext, view: View): Promise<void> {
    const sent = await context.sendActivity(viewToActivity(view));
    if (view.incidentId && sent?.id) {
      await deps.store.recordPost({ target: ctx.target, messageId: sent.id, threadId: ctx.threadId ?? sent.id, incidentId: view.incidentId });
    }
  }

  async function contextFor(context: TurnContext): Promise<ChatContext> {
    const target = targetOf(context.activity);
    const threadId = threadIdOf(context.activity);
    const incidentId = threadId ? await deps.store.incidentForThread(target, threadId) : null;
    return chatContextOf(context.activity, incidentId);
  }

  async function onMessage(context: TurnContext): Promise<void> {
    const command = submittedCommand(context.activity);
    const text = command === undefined ? messageText(context.activity) : "";
    // An image or file alone is not addressed to the bot; a bare @mention is (the core answers with help).
    if (command === undefined && text === "" && !mentionsBot(context.activity)) return;
    await remember(context);
    const ctx = await contextFor(context);
    deps.logger.debug("teams turn", { target: ctx.target, click: command !== undefined });
    const view = command !== undefined ? await deps.core.handleCommand(command, ctx) : await deps.core.handleMessage(text, ctx);
    await reply(context, ctx, view);
  }

  async function forget(context: TurnContext): Promise<void> {
    const target = targetOf(context.activity);
    await deps.store.deleteInstallation("teams", target);
    remembered.delete(target);
    deps.logger.info("teams bot removed", { target });
  }

  /** Bot added to a team, group chat or 1:1 chat: keep the reference and say what it can do. */
  async function onConversationUpdate(context: TurnContext): Promise<void> {
    if (botWasRemoved(context.activity)) return forget(context);
    if (!botWasAdded(context.activity)) return;
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
