import { commandRef } from "../../domain/command-ref.js";
import type { Handler } from "../bot.env.js";
import { messageView } from "../views/view.builder.js";

/** `unsubscribe`: stop this channel's digest. */
export const unsubscribeHandler: Handler<"unsubscribe"> = async (_cmd, ctx, env) => {
  const removed = await env.store.removeSubscription(ctx.target);
  return removed
    ? messageView("Unsubscribed", "This conversation will no longer receive digests.")
    : messageView("Not subscribed", `This conversation had no digest subscription. Type ${commandRef("subscribe")} to start one.`);
};
