import { commandRef } from "../../domain/command-ref.js";
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

/**
 * `subscriptions`: the digest subscription of THIS conversation (paused with its reason). Other
 * conversations' subscriptions are never listed: in a shared workspace or tenant they belong to
 * other people (their 1:1 chats, their pause reasons).
 */
export const subscriptionsHandler: Handler<"subscriptions"> = async (_cmd, ctx, env) => {
  const sub = await env.store.getSubscription(ctx.target);
  const items = sub
    ? [{ title: `This conversation${sub.pausedReason ? " — PAUSED" : ""}`, text: sub.pausedReason ? `${describe(sub)} · paused: ${sub.pausedReason}` : describe(sub) }]
    : [];
  return finishView({
    kind: "list",
    title: "Digest subscriptions",
    sections: items.length > 0 ? [{ items }] : [{ text: `No digest in this conversation. Type ${commandRef("subscribe")} to start one.` }],
    context: plural(items.length, "subscription"),
    ephemeral: true,
  });
};
