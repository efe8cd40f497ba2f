import { commandRef } from "../../domain/command-ref.js";
import type { Handler } from "../bot.env.js";
import { messageView } from "../views/view.builder.js";

/** `watch TERM`: alert this channel when a new incident mentions the term (vendor, victim, actor). */
export const watchHandler: Handler<"watch"> = async (cmd, ctx, env) => {
  await env.store.addWatch({
    platform: ctx.platform, workspaceId: ctx.workspaceId, target: ctx.target,
    term: cmd.term, createdBy: ctx.userId, conversationRef: ctx.conversationRef,
  });
  return messageView(`Watching "${cmd.term}"`, `This conversation gets an alert when an incident mentions ${cmd.term}. Type ${commandRef(`unwatch ${cmd.term}`)} to stop.`);
};
