import { commandRef } from "../../domain/command-ref.js";
import type { Handler } from "../bot.env.js";
import { messageView } from "../views/view.builder.js";

/** `unwatch TERM`. */
export const unwatchHandler: Handler<"unwatch"> = async (cmd, ctx, env) => {
  const removed = await env.store.removeWatch(ctx.target, cmd.term);
  return removed
    ? messageView(`Stopped watching "${cmd.term}"`)
    : messageView(`Not watching "${cmd.term}"`, `Type ${commandRef("watches")} to see this conversation's watches.`);
};
