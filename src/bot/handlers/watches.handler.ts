import { commandRef } from "../../domain/command-ref.js";
import type { Handler } from "../bot.env.js";
import { formatDate, plural } from "../views/format.js";
import { finishView } from "../views/view.builder.js";

/** `watches`: this channel's watched terms. */
export const watchesHandler: Handler<"watches"> = async (_cmd, ctx, env) => {
  const watches = await env.store.listWatches({ target: ctx.target });
  return finishView({
    kind: "list",
    title: "Watched terms",
    sections: watches.length > 0
      ? [{ items: watches.map((w) => ({ title: `${w.term}${w.pausedReason ? " — PAUSED" : ""}`, text: `since ${formatDate(w.createdAt)}${w.pausedReason ? ` · paused: ${w.pausedReason}` : ""}` })) }]
      : [{ text: `This conversation watches nothing. Try ${commandRef("watch Salesforce")}.` }],
    context: plural(watches.length, "watch"),
    ephemeral: true,
  });
};
