import { commandRef } from "../../domain/command-ref.js";
import type { Handler } from "../bot.env.js";
import { messageView } from "../views/view.builder.js";
import { checkTimeZone, suggestTimeZone } from "./time-zone.js";

/** `subscribe [sectors…] [at HH:MM] [TZ] [min-severity] [live] [quiet]`: a daily digest for this channel. */
export const subscribeHandler: Handler<"subscribe"> = async (cmd, ctx, env) => {
  const requestedZone = cmd.timeZone ?? env.defaults.timeZone;
  const timeZone = checkTimeZone(requestedZone);
  if (!timeZone) {
    const guess = suggestTimeZone(requestedZone);
    return messageView(
      `Unknown time zone "${requestedZone}"`,
      `Use an IANA time zone name such as Europe/London or America/New_York.${guess ? ` Did you mean ${guess}?` : ""}`,
      "error",
    );
  }
  const sub = await env.store.upsertSubscription({
    platform: ctx.platform,
    workspaceId: ctx.workspaceId,
    target: ctx.target,
    conversationRef: ctx.conversationRef,
    digestTime: cmd.time ?? env.defaults.digestTime,
    timeZone,
    sectors: cmd.sectors,
    minSeverity: cmd.minSeverity ?? "low",
    postWhenEmpty: cmd.postWhenEmpty,
    liveAlerts: cmd.liveAlerts,
    createdBy: ctx.userId,
  });
  const sectors = sub.sectors.length > 0 ? sub.sectors.join(", ") : "all sectors";
  return messageView(
    "Subscribed this conversation",
    `Daily digest at ${sub.digestTime} (${sub.timeZone}) for ${sectors}, severity ${sub.minSeverity} and above.` +
      `${sub.liveAlerts ? " New matching incidents are also posted as they arrive." : ""} Type ${commandRef("unsubscribe")} to stop.`,
  );
};
