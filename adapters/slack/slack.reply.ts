import type { RespondFn } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { FollowUp } from "../../src/bot/bot.port.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { View, ViewAction } from "../../src/domain/view.js";
import type { Logger } from "../../src/logger.js";
import type { ListenerDeps } from "./slack.deps.js";
import { recordIncidentPost, withRateLimitRetry } from "./slack.poster.js";
import { renderBlocks } from "./slack.render.js";
import { decodeSlackTarget } from "./slack.target.js";

/**
 * Lets the ack actually leave: Node flushes `res.end()` on a later tick, and the core (synchronous
 * SQLite under promise chains) could otherwise keep the microtask queue busy until it is done.
 */
export const afterAck = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Label of the button the adapter adds to ephemeral lookups. */
export const POST_TO_CHANNEL = "Post to channel";

/** Ephemeral lookups (read-only views only) get a "Post to channel" button that re-runs the same command publicly. */
export function withPostButton(view: View, commandText: string): View {
  if (!view.readOnly || view.actions?.some((a) => a.id === "post")) return view;
  const post: ViewAction = { id: "post", label: POST_TO_CHANNEL, command: commandText };
  return { ...view, actions: [...(view.actions ?? []), post] };
}

/** A public post has no "Post to channel" button: it is already in the channel. */
export function withoutPostButton(view: View): View {
  return view.actions?.some((a) => a.id === "post") ? { ...view, actions: view.actions.filter((a) => a.id !== "post") } : view;
}

/** Shown when the core itself fails (database down…); the core never throws for bad input. */
export function failureView(): View {
  const text = "Breach Radar could not answer right now. Please try again in a minute.";
  return { kind: "error", title: "Something went wrong", sections: [{ text }], fallbackText: text, ephemeral: true };
}

/** Runs a core call; a thrown error is logged and becomes a failure view (after ack, so never a timeout). */
export async function runCore(log: Logger, what: string, call: () => Promise<View>): Promise<View> {
  try {
    return await call();
  } catch (error) {
    log.error("core call failed", { what, error });
    return failureView();
  }
}

/** Posts a view as the bot (chat.postMessage) and records which incident it is about. */
export async function postView(
  deps: ListenerDeps, client: WebClient, ctx: ChatContext, view: View, threadTs?: string,
): Promise<string> {
  const { channelId } = decodeSlackTarget(ctx.target);
  const message = renderBlocks(withoutPostButton(view));
  const result = await withRateLimitRetry("chat.postMessage", deps.settings, () =>
    client.chat.postMessage({ channel: channelId, ...message, thread_ts: threadTs, unfurl_links: false, unfurl_media: false }),
  );
  const ts = result.ts ?? "";
  await recordIncidentPost(deps.store, deps.logger, ctx.target, { messageId: ts, threadId: threadTs ?? ts }, view.incidentId);
  return ts;
}

/** A FollowUp (bot.port.ts) that answers through the same response_url as the command it follows. */
export function responseFollowUp(
  deps: ListenerDeps, io: { respond: RespondFn; client: WebClient }, ctx: ChatContext, commandText: string,
): FollowUp {
  return { send: (view) => deliverView(deps, io, ctx, view, commandText) };
}

/**
 * Answers a command or button through response_url: ephemeral by default (with "Post to channel"),
 * in the channel when the view says so. Public incident views are posted as the bot so the
 * post → incident link can be recorded; if the bot cannot post there, response_url still can.
 */
export async function deliverView(
  deps: ListenerDeps, io: { respond: RespondFn; client: WebClient }, ctx: ChatContext, view: View, commandText: string,
): Promise<void> {
  if (view.ephemeral !== false) {
    await io.respond({ response_type: "ephemeral", replace_original: false, ...renderBlocks(withPostButton(view, commandText)) });
    return;
  }
  if (view.incidentId) {
    try {
      await postView(deps, io.client, ctx, view);
      return;
    } catch (error) {
      deps.logger.warn("chat.postMessage failed, answering through response_url", { target: ctx.target, error });
    }
  }
  await io.respond({ response_type: "in_channel", replace_original: false, ...renderBlocks(withoutPostButton(view)) });
}
