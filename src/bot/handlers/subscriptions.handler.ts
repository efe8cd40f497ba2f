import type { SubscriptionRecord } from "../../store/store.port.js";
import type { Handler } from "../bot.env.js";
import { formatDate, plural } from "../views/format.js";
import { finishView } from "../views/view.builder.js";

function describe(s: SubscriptionRecord): string {
  const bits = [
    `${s.digestTime} ${s.timeZone}`,
    s.sectors.length > 0 ? s.sectors.join(", ") : "all sectors",
    `${s.minSeverity}+`,
  ];
  if (s.liveAlerts) bits.push("live alerts");
  if (s.lastDigestAt) bits.push(`last digest ${formatDate(s.lastDigestAt)}`);
  return bits.join(" · ");
}

/** `subscriptions`: this workspace's digest subscriptions, paused ones with their reason. */
export const subscriptionsHandler: Handler<"subscriptions"> = async (_cmd, ctx, env) => {
  const subs = await env.store.listSubscriptions({ workspaceId: ctx.workspaceId, platform: ctx.platform });
  const items = subs.map((s) => ({
    title: `${s.target === ctx.target ? "This channel" : "Channel"}${s.pausedReason ? " — PAUSED" : ""}`,
    channel: s.target,
    text: s.pausedReason ? `${describe(s)} · paused: ${s.pausedReason}` : describe(s),
  }));
  return finishView({
    kind: "list",
    title: "Digest subscriptions",
    sections: items.length > 0 ? [{ items }] : [{ text: "No subscriptions in this workspace. Type `subscribe` in a channel." }],
    context: plural(subs.length, "subscription"),
    ephemeral: true,
  });
};
