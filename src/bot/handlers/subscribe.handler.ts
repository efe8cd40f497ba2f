import { commandRef } from "../../domain/command-ref.js";
import type { ChatContext } from "../../domain/chat.js";
import type { SubscriptionInput, SubscriptionRecord } from "../../store/store.port.js";
import type { BotEnv, Handler } from "../bot.env.js";
import type { CommandOf } from "../grammar/command.schema.js";
import { messageView } from "../views/view.builder.js";
import { checkTimeZone, suggestTimeZone } from "./time-zone.js";

type Subscribe = CommandOf<"subscribe">;

/** `subscribe` with no settings at all (typed bare, or the "Subscribe this channel" button). */
const isBare = (cmd: Subscribe): boolean =>
  cmd.sectors.length === 0 && !cmd.time && !cmd.timeZone && !cmd.minSeverity && !cmd.liveAlerts && cmd.postWhenEmpty;

function settingsText(sub: Pick<SubscriptionRecord, "digestTime" | "timeZone" | "sectors" | "minSeverity" | "liveAlerts">): string {
  const sectors = sub.sectors.length > 0 ? sub.sectors.join(", ") : "all sectors";
  return `Daily digest at ${sub.digestTime} (${sub.timeZone}) for ${sectors}, severity ${sub.minSeverity} and above.` +
    `${sub.liveAlerts ? " New matching incidents are also posted as they arrive." : ""}`;
}

type Settings = Omit<SubscriptionInput, "platform" | "workspaceId" | "target" | "conversationRef" | "createdBy">;

async function save(ctx: ChatContext, env: BotEnv, settings: Settings): Promise<SubscriptionRecord> {
  return env.store.upsertSubscription({
    platform: ctx.platform, workspaceId: ctx.workspaceId, target: ctx.target, conversationRef: ctx.conversationRef, createdBy: ctx.userId, ...settings,
  });
}

/**
 * `subscribe [sectors…] [at HH:MM] [TZ] [min-severity] [live] [quiet]`: a daily digest for this channel.
 * Settings given replace the channel's settings. A bare `subscribe` never resets an existing
 * subscription: it shows the current settings (and resumes a paused one with them).
 */
export const subscribeHandler: Handler<"subscribe"> = async (cmd, ctx, env) => {
  if (isBare(cmd)) {
    const current = await env.store.getSubscription(ctx.target);
    if (current && !current.pausedReason) {
      return messageView(
        "This channel is already subscribed",
        `${settingsText(current)} Nothing was changed. To change it, type ${commandRef("subscribe")} with the settings you want, ` +
          "e.g. `subscribe airline at 09:00 Europe/Paris high live` (the settings you give replace these); `unsubscribe` stops it.",
      );
    }
    if (current) {
      const resumed = await save(ctx, env, { digestTime: current.digestTime, timeZone: current.timeZone, sectors: current.sectors, minSeverity: current.minSeverity, postWhenEmpty: current.postWhenEmpty, liveAlerts: current.liveAlerts });
      return messageView("Subscription resumed", `${settingsText(resumed)} Type ${commandRef("unsubscribe")} to stop.`);
    }
  }
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
  const sub = await save(ctx, env, {
    digestTime: cmd.time ?? env.defaults.digestTime, timeZone, sectors: cmd.sectors,
    minSeverity: cmd.minSeverity ?? "low", postWhenEmpty: cmd.postWhenEmpty, liveAlerts: cmd.liveAlerts,
  });
  return messageView("Subscribed this conversation", `${settingsText(sub)} Type ${commandRef("unsubscribe")} to stop.`);
};
