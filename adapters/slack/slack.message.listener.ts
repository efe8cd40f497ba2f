import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Logger } from "../../src/logger.js";
import type { View } from "../../src/domain/view.js";
import type { ListenerDeps } from "./slack.deps.js";
import { mentionsUser, stripLeadingMentions, toChatContext } from "./slack.context.js";
import { decodeSlackText } from "./slack.decode.js";
import { afterAck, postView, runCore } from "./slack.reply.js";
import { encodeSlackTarget } from "./slack.target.js";

/** One incoming message addressed to the bot, whatever event carried it. */
interface Incoming {
  teamId: string;
  channelId: string;
  userId: string;
  text: string;
  ts: string;
  threadTs?: string;
  /** Already known (looked up to decide the message was for us). */
  incidentId?: string | null;
  /** Direct messages are answered inline, not in a new thread. */
  flat?: boolean;
}

/** Forwards the message to the core and answers in its thread (a new thread under a top-level mention). */
async function answerInThread(deps: ListenerDeps, log: Logger, client: WebClient, m: Incoming): Promise<void> {
  const target = encodeSlackTarget({ teamId: m.teamId, channelId: m.channelId });
  const incidentId = m.incidentId !== undefined ? m.incidentId
    : m.threadTs ? await deps.store.incidentForThread(target, m.threadTs) : null;
  const ctx = toChatContext({ teamId: m.teamId, channelId: m.channelId, userId: m.userId, threadId: m.threadTs, incidentId: incidentId ?? undefined });
  const threadTs = m.threadTs ?? (m.flat ? undefined : m.ts);
  // Results that come later (`add URL`) are posted in the same thread.
  const followUp = { send: async (later: View) => { await postView(deps, client, ctx, later, threadTs); } };
  const view = await runCore(log, "handleMessage", () => deps.core.handleMessage(decodeSlackText(stripLeadingMentions(m.text)), ctx, { followUp }));
  await postView(deps, client, ctx, view, threadTs);
}

/**
 * `app_mention` anywhere, plus plain replies in threads the bot started (a recorded post) and
 * direct messages: forwarded to core.handleMessage with the thread's incident; answered in thread.
 */
export function registerMessageListeners(app: App, deps: ListenerDeps): void {
  const log = deps.logger.child({ listener: "message" });
  // Bolt acks Events API requests before calling listeners; afterAck lets that response leave first.
  // Redeliveries are dropped by event_id at the request gate, so a retry seen here is a first delivery.
  app.event("app_mention", async ({ event, client, context }) => {
    await afterAck();
    const teamId = context.teamId ?? event.team;
    if (!teamId || !event.user) return;
    const m = { teamId, channelId: event.channel, userId: event.user, text: event.text, ts: event.ts, threadTs: event.thread_ts };
    await answerInThread(deps, log, client, m).catch((error) => log.error("could not answer mention", { error }));
  });

  app.message(async ({ message, client, context }) => {
    if (message.subtype !== undefined || message.bot_id || !message.text) return;
    if (mentionsUser(message.text, context.botUserId)) return; // app_mention answers it
    const teamId = context.teamId ?? message.team;
    if (!teamId) return;
    await afterAck();
    const base = { teamId, channelId: message.channel, userId: message.user, text: message.text, ts: message.ts };
    try {
      if (message.channel_type === "im") {
        await answerInThread(deps, log, client, { ...base, threadTs: message.thread_ts, flat: true });
        return;
      }
      if (!message.thread_ts) return;
      const target = encodeSlackTarget({ teamId, channelId: message.channel });
      const incidentId = await deps.store.incidentForThread(target, message.thread_ts);
      if (incidentId) await answerInThread(deps, log, client, { ...base, threadTs: message.thread_ts, incidentId });
    } catch (error) {
      log.error("could not answer thread message", { error });
    }
  });
}
